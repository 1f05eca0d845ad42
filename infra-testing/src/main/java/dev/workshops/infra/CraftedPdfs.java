package dev.workshops.infra;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * PDFs written object by object, with a correct cross-reference table, as a crafted file would be: bombs for the
 * checks on arrival, and a valid paper of a chosen size for load tests. No PDF library needed.
 */
public final class CraftedPdfs {

    private CraftedPdfs() {
    }

    /** A valid one-page paper of about {@code size} bytes: a line of text and an incompressible image it does not draw. */
    public static byte[] paperOfSize(int size, long seed) {
        int width = 1024;
        byte[] grey = new byte[Math.max(width, size - 1024) / width * width];
        new Random(seed).nextBytes(grey);
        Objects pdf = new Objects();
        int pages = pdf.reserve();
        int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int image = pdf.stream("<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + grey.length / width
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + grey.length + " >>", grey);
        byte[] text = "BT /F1 11 Tf 72 720 Td (A paper of the load test) Tj ET".getBytes(StandardCharsets.ISO_8859_1);
        int content = pdf.stream("<< /Length " + text.length + " >>", text);
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> /XObject << /Im1 " + image + " 0 R >> >> >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        return pdf.bytes(pdf.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    /** A tiny file whose page tree claims {@code claimed} pages. */
    public static byte[] claimingPages(int claimed) {
        Objects pdf = new Objects();
        int pages = pdf.reserve();
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count " + claimed + " >>");
        return pdf.bytes(pdf.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    /** A small file that lists one page {@code repeats} times while claiming a single page. */
    public static byte[] repeatingOnePage(int repeats) {
        Objects pdf = new Objects();
        int pages = pdf.reserve();
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + (page + " 0 R ").repeat(repeats) + "] /Count 1 >>");
        return pdf.bytes(pdf.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    /** A small file whose only page's content stream inflates to {@code inflated} bytes of spaces. */
    public static byte[] zipBomb(long inflated) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[1 << 16];
        for (long written = 0; written < inflated; written += spaces.length) {
            deflater.setInput(spaces);
            while (!deflater.needsInput()) {
                compressed.write(out, 0, deflater.deflate(out));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(out, 0, deflater.deflate(out));
        }
        deflater.end();
        Objects pdf = new Objects();
        int pages = pdf.reserve();
        int content = pdf.stream("<< /Length " + compressed.size() + " /Filter /FlateDecode >>", compressed.toByteArray());
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content + " 0 R >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        return pdf.bytes(pdf.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    /** Numbered objects, written in order behind a header and followed by their cross-reference table. */
    private static final class Objects {
        private final List<byte[]> objects = new ArrayList<>();

        int reserve() {
            objects.add(new byte[0]);
            return objects.size();
        }

        void set(int number, String dictionary) {
            objects.set(number - 1, latin1(dictionary));
        }

        int add(String dictionary) {
            objects.add(latin1(dictionary));
            return objects.size();
        }

        int stream(String dictionary, byte[] data) {
            ByteArrayOutputStream object = new ByteArrayOutputStream();
            object.writeBytes(latin1(dictionary + "\nstream\n"));
            object.writeBytes(data);
            object.writeBytes(latin1("\nendstream"));
            objects.add(object.toByteArray());
            return objects.size();
        }

        byte[] bytes(int catalog) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(latin1("%PDF-1.7\n"));
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                offsets.add(out.size());
                out.writeBytes(latin1((i + 1) + " 0 obj\n"));
                out.writeBytes(objects.get(i));
                out.writeBytes(latin1("\nendobj\n"));
            }
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
            table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(catalog)
                    .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(latin1(table.toString()));
            return out.toByteArray();
        }

        private static byte[] latin1(String text) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
