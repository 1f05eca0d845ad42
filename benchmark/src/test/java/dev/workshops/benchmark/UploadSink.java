package dev.workshops.benchmark;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ceiling of an upload: a no-op endpoint in the load generator's own process that reads a body and throws it
 * away. The same bytes over the same loopback, with no parsing, storage or database: what the machine and Gatling
 * allow before the service does anything.
 */
final class UploadSink implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(32);

    private UploadSink(HttpServer server) {
        this.server = server;
    }

    static UploadSink start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
            UploadSink sink = new UploadSink(server);
            server.setExecutor(sink.workers);
            server.createContext("/upload", exchange -> {
                byte[] discard = new byte[64 * 1024];
                try (InputStream body = exchange.getRequestBody()) {
                    while (body.read(discard) != -1) {
                        // read and forget
                    }
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/upload";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
