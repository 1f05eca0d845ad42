package dev.workshops.submissions.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload received into a temporary file, its SHA-256 and length computed on the way: the body passes through
 * one small buffer and is never held whole in memory. Reading stops at the first byte over the limit.
 */
public record SpooledUpload(Path file, long bytes, String sha256) implements AutoCloseable {

    /** The body went past {@code limit} bytes; the rest of it was not read. */
    public static final class TooLarge extends Exception {
        private final long limit;

        TooLarge(long limit) {
            super(null, null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final int BUFFER = 64 * 1024;

    public static SpooledUpload receive(InputStream body, long limit, Path directory) throws IOException, TooLarge {
        Path file = Files.createTempFile(directory, "upload-", ".pdf");
        try {
            MessageDigest digest = newDigest();
            byte[] buffer = new byte[BUFFER];
            long received = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                    received += read;
                    if (received > limit) {
                        throw new TooLarge(limit);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new SpooledUpload(file, received, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
