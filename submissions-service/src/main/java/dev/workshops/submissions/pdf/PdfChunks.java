package dev.workshops.submissions.pdf;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file's bytes in PostgreSQL, one {@code bytea} row per chunk: a chunk is the most any request holds in memory,
 * written or read.
 */
@ApplicationScoped
public class PdfChunks {

    private static final String INSERT =
            "insert into submission_pdf_chunk (pdf_id, copy, seq, data) values (:pdf, :copy, :seq, :data)";
    private static final String SELECT =
            "select data from submission_pdf_chunk where pdf_id = :pdf and copy = :copy and seq = :seq";

    private final int chunkSize;

    public PdfChunks(PdfConfig config) {
        this.chunkSize = (int) config.chunkSize().asLongValue();
    }

    /** Writes {@code file} in the caller's transaction, chunk after chunk. */
    Uni<Void> write(UUID pdf, PdfCopy copy, Path file, long bytes) {
        int chunks = count(bytes);
        return Uni.createFrom().item(() -> open(file))
                .flatMap(channel -> Multi.createFrom().range(0, chunks)
                        .onItem().transformToUniAndConcatenate(seq -> Panache.getSession().flatMap(session ->
                                session.createNativeQuery(INSERT)
                                        .setParameter("pdf", pdf)
                                        .setParameter("copy", copy.name())
                                        .setParameter("seq", seq)
                                        // A read from the temporary file just written: from the page cache, brief.
                                        .setParameter("data", chunk(channel, seq, bytes))
                                        .executeUpdate()))
                        .collect().last()
                        .eventually(() -> close(channel)))
                .replaceWithVoid();
    }

    /** The {@code seq}th chunk of a stored copy, in a session of its own. */
    Uni<byte[]> read(UUID pdf, PdfCopy copy, int seq) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session ->
                session.createNativeQuery(SELECT, byte[].class)
                        .setParameter("pdf", pdf)
                        .setParameter("copy", copy.name())
                        .setParameter("seq", seq)
                        .getSingleResult()));
    }

    int count(long bytes) {
        return (int) ((bytes + chunkSize - 1) / chunkSize);
    }

    private byte[] chunk(FileChannel channel, int seq, long bytes) {
        long from = (long) seq * chunkSize;
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(chunkSize, bytes - from));
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, from + buffer.position()) < 0) {
                    throw new IOException("the file ended before its length");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.array();
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Uni<Void> close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Read only; nothing is lost.
        }
        return Uni.createFrom().voidItem();
    }
}
