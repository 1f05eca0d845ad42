package dev.workshops.submissions.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made in the test, as an author's tools or an attacker would make them. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A paper by {@code author}: body text up to the page before {@code referencesOnPage}, where "References" heads the page. */
    public static byte[] paper(int pages, int referencesOnPage, String author) {
        try (PDDocument document = authored(pages, referencesOnPage, author)) {
            return bytes(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same paper, password-protected. */
    public static byte[] encrypted(String author) {
        try (PDDocument document = authored(2, 2, author)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** About {@code size} bytes of a valid 2-page paper: its first page holds an incompressible grey image. */
    public static byte[] paperOfSize(int size, String author) {
        try (PDDocument document = authored(2, 2, author)) {
            int width = 1024;
            byte[] grey = new byte[Math.max(width, size - 8 * 1024) / width * width];
            new java.util.Random(size).nextBytes(grey);
            COSStream image = document.getDocument().createCOSStream();
            try (var out = image.createRawOutputStream()) {
                out.write(grey);
            }
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, width);
            image.setInt(COSName.HEIGHT, grey.length / width);
            image.setInt(COSName.BITS_PER_COMPONENT, 8);
            image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            document.getPage(0).getResources().add(new PDImageXObject(new PDStream(image), null));
            return bytes(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tiny file whose page tree claims {@code claimed} pages. */
    public static byte[] claimingPages(int claimed) {
        RawPdf raw = new RawPdf();
        int pages = raw.reserve();
        int page = raw.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] >>");
        raw.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count " + claimed + " >>");
        return raw.bytes(raw.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    /** A small file that lists one page {@code repeats} times, while claiming a single page. */
    public static byte[] repeatingOnePage(int repeats) {
        RawPdf raw = new RawPdf();
        int pages = raw.reserve();
        int page = raw.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] >>");
        raw.set(pages, "<< /Type /Pages /Kids [" + (page + " 0 R ").repeat(repeats) + "] /Count 1 >>");
        return raw.bytes(raw.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    /** A small file whose only page's content stream inflates to {@code inflated} bytes of spaces. */
    public static byte[] zipBomb(long inflated) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
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
        RawPdf raw = new RawPdf();
        int pages = raw.reserve();
        int page = raw.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + (pages + 2) + " 0 R >>");
        raw.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        raw.stream("<< /Length " + compressed.size() + " /Filter /FlateDecode >>", compressed.toByteArray());
        return raw.bytes(raw.add("<< /Type /Catalog /Pages " + pages + " 0 R >>"));
    }

    private static PDDocument authored(int pages, int referencesOnPage, String author) throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int number = 1; number <= pages; number++) {
            PDPage page = new PDPage();
            document.addPage(page);
            List<String> lines = new ArrayList<>();
            if (number == referencesOnPage) {
                lines.add("References");
            }
            String line = number < referencesOnPage ? "Body text of page " + number + " about the method." 
                    : "[" + number + "] A. Author. A cited work. Proceedings, 2025.";
            for (int i = 0; i < 30; i++) {
                lines.add(line);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 720);
                for (String text : lines) {
                    content.showText(text);
                    content.newLine();
                }
                content.endText();
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("A study of workshops");
        info.setAuthor(author);
        info.setCreator("LaTeX with hyperref, " + author + "'s laptop");
        info.setProducer("pdfTeX-1.40.26");
        info.setCustomMetadataValue("Company", author + " University");
        info.setCreationDate(Calendar.getInstance());
        PDMetadata xmp = new PDMetadata(document);
        try (var out = xmp.createOutputStream()) {
            out.write(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + author
                    + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        }
        document.getDocumentCatalog().setMetadata(xmp);
        return document;
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Objects written by hand, with a correct cross-reference table: what a crafted file looks like. */
    private static final class RawPdf {
        private final List<byte[]> objects = new ArrayList<>();

        int reserve() {
            objects.add(null);
            return objects.size();
        }

        void set(int number, String dictionary) {
            objects.set(number - 1, dictionary.getBytes(StandardCharsets.ISO_8859_1));
        }

        int add(String dictionary) {
            objects.add(dictionary.getBytes(StandardCharsets.ISO_8859_1));
            return objects.size();
        }

        int stream(String dictionary, byte[] data) {
            ByteArrayOutputStream object = new ByteArrayOutputStream();
            object.writeBytes((dictionary + "\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
            object.writeBytes(data);
            object.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
            objects.add(object.toByteArray());
            return objects.size();
        }

        byte[] bytes(int catalog) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                offsets.add(out.size());
                out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(objects.get(i));
                out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
            table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(catalog)
                    .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }
    }
}
