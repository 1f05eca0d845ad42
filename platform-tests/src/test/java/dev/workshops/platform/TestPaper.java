package dev.workshops.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A paper as an author would upload it: text pages, the references heading on a page of its own. */
final class TestPaper {

    private TestPaper() {
    }

    /** Writes a PDF of {@code pages} pages whose page {@code referencesOnPage} starts with "References". */
    static Path write(Path file, int pages, int referencesOnPage) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 14);
                    text.newLineAtOffset(72, 700);
                    text.showText(number == referencesOnPage ? "References" : "Section " + number);
                    text.newLineAtOffset(0, -24);
                    text.setFont(font, 11);
                    text.showText(number >= referencesOnPage ? "[" + number + "] A. Author. A cited work. 2025."
                            : "Reasoning under uncertainty, page " + number + ".");
                    text.endText();
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
