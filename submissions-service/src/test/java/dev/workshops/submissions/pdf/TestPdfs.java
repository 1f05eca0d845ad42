package dev.workshops.submissions.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs as an author's tools make them (PDFBox); the crafted ones are {@link dev.workshops.infra.CraftedPdfs}. */
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
}
