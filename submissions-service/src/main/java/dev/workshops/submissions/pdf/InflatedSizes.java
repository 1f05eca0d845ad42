package dev.workshops.submissions.pdf;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Measures what every Flate-compressed stream of a file expands to, before PDFBox reads any of them: PDFBox
 * decodes a stream wholly in memory (object and cross-reference streams already while opening the file), so a
 * zip bomb must be found in the raw bytes. Each stream is inflated into a small reused buffer and discarded.
 */
final class InflatedSizes {

    private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] END = "end".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private InflatedSizes() {
    }

    static void check(Path file, InspectionLimits limits, TimeBudget budget) throws UnreadablePdf, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] sink = new byte[64 * 1024];
            long total = 0;
            for (int at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
                budget.check();
                int data = dataStart(bytes, at);
                if (data < 0 || endsWith(bytes, at, END)) {
                    continue;
                }
                long size = inflatedSize(bytes, data, limits.maxInflatedObject(), sink, budget);
                if (size > limits.maxInflatedObject()) {
                    throw new UnreadablePdf("The PDF holds a compressed object that expands to more than "
                            + megabytes(limits.maxInflatedObject()) + "; it is refused as unsafe to read.");
                }
                total += size;
                if (total > limits.maxInflatedTotal()) {
                    throw new UnreadablePdf("The PDF's compressed objects expand to more than "
                            + megabytes(limits.maxInflatedTotal()) + " together; it is refused as unsafe to read.");
                }
            }
        }
    }

    /** The first data byte after the keyword {@code stream} and its end of line, or -1 if this is not a stream start. */
    private static int dataStart(MappedByteBuffer bytes, int keyword) {
        int at = keyword + STREAM.length;
        if (at < bytes.limit() && bytes.get(at) == '\r') {
            at++;
        }
        if (at < bytes.limit() && bytes.get(at) == '\n') {
            return at + 1;
        }
        return -1;
    }

    /** What the zlib data at {@code start} inflates to, counting at most one byte past {@code cap}; 0 if it is not zlib. */
    private static long inflatedSize(MappedByteBuffer bytes, int start, long cap, byte[] sink, TimeBudget budget)
            throws TimeBudget.Passed {
        if (start + 2 > bytes.limit() || !isZlibHeader(bytes.get(start), bytes.get(start + 1))) {
            return 0;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes.slice(start, bytes.limit() - start));
            long size = 0;
            while (size <= cap) {
                int produced = inflater.inflate(sink);
                size += produced;
                if (produced == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                budget.check();
            }
            return size;
        } catch (DataFormatException corrupt) {
            // Damaged data is PDFBox's to judge; it cannot expand further than it got here.
            return 0;
        } finally {
            inflater.end();
        }
    }

    private static boolean isZlibHeader(byte first, byte second) {
        int cmf = first & 0xff;
        int flg = second & 0xff;
        return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static boolean endsWith(MappedByteBuffer bytes, int at, byte[] suffix) {
        if (at < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (bytes.get(at - suffix.length + i) != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(MappedByteBuffer bytes, byte[] word, int from) {
        int last = bytes.limit() - word.length;
        outer:
        for (int at = from; at <= last; at++) {
            for (int i = 0; i < word.length; i++) {
                if (bytes.get(at + i) != word[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
