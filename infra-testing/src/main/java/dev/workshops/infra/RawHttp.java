package dev.workshops.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one HTTP/1.1 request byte for byte as given, over its own connection: what a hostile client sends and an
 * HTTP library refuses to (a malformed percent-encoding, a forged Host, an oversized line or header, a bad media
 * type).
 */
public final class RawHttp {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    /** An answer as read from the wire; header names in lower case. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * {@code head} is the request line and headers without the final blank line; Host, Connection and (with a body)
     * Content-Length are added unless {@code head} has them.
     */
    public static Answer send(int port, String head, String body) {
        StringBuilder request = new StringBuilder(head);
        String lower = head.toLowerCase(Locale.ROOT);
        if (!lower.contains("\r\nhost:")) {
            request.append("\r\nHost: localhost:").append(port);
        }
        if (body != null && !lower.contains("\r\ncontent-length:") && !lower.contains("\r\ntransfer-encoding:")) {
            request.append("\r\nContent-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length);
        }
        request.append("\r\nConnection: close\r\n\r\n");
        if (body != null) {
            request.append(body);
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer to a streamed request, and how many bytes of its body went out before the server answered or closed. */
    public record Streamed(Answer answer, long sent) {
    }

    /**
     * Sends {@code body} in chunks of 64 KiB ({@code Transfer-Encoding: chunked}, no length declared) while it reads the
     * answer, as an upload whose size its client does not know; sending stops when the server closes the connection.
     */
    public static Streamed sendChunked(int port, String head, InputStream body) {
        String request = head + "\r\nHost: localhost:" + port + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> sendChunks(body, out, sent));
            Answer answer = read(socket.getInputStream());
            socket.close();
            sender.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return new Streamed(answer, sent.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the chunks were not sent in time", e);
        }
    }

    private static void sendChunks(InputStream body, OutputStream out, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int read = body.readNBytes(chunk, 0, chunk.length); read > 0; read = body.readNBytes(chunk, 0, chunk.length)) {
                out.write((Integer.toHexString(read) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, read);
                out.write(CRLF);
                out.flush();
                sent.addAndGet(read);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException closedByTheServer) {
            // The server answered without reading the rest: what was sent until then is counted.
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    public static Answer get(int port, String target, String... headers) {
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1");
        for (String header : headers) {
            head.append("\r\n").append(header);
        }
        return send(port, head.toString(), null);
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException reset) {
            // The server may close at once after answering a refused request; what arrived before is the answer.
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        String raw = bytes.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete HTTP answer: " + raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = raw.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
