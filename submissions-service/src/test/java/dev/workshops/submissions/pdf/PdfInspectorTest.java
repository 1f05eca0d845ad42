package dev.workshops.submissions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.infra.CraftedPdfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInspectorTest {

    private static final int MAX_PAGES = 200;

    @TempDir
    Path dir;

    private PdfInspector inspector() {
        return new PdfInspector(new InspectionLimits(MAX_PAGES, 16L << 20, 64L << 20, Duration.ofSeconds(20), 64L << 20), dir);
    }

    private PdfInspector.Inspection inspect(byte[] pdf) throws Exception {
        Path original = Files.write(Files.createTempFile(dir, "original", ".pdf"), pdf);
        return inspector().inspect(original, dir.resolve("copy-" + original.getFileName()));
    }

    private String refusal(byte[] pdf) {
        return assertThrows(UnreadablePdf.class, () -> inspect(pdf)).getMessage();
    }

    @Test
    void countsThePagesBeforeTheReferencesHeading() throws Exception {
        assertEquals(new PdfInspector.Inspection(5, 4), inspect(TestPdfs.paper(5, 5, "Ada Lovelace")));
        assertEquals(new PdfInspector.Inspection(6, 5), inspect(TestPdfs.paper(6, 6, "Ada Lovelace")));
    }

    @Test
    void aPaperWithoutReferencesIsAllBody() throws Exception {
        assertEquals(new PdfInspector.Inspection(3, 3), inspect(TestPdfs.paper(3, Integer.MAX_VALUE, "Ada Lovelace")));
    }

    @Test
    void theReviewersCopyKeepsTheTitleAndNothingThatNamesTheAuthor() throws Exception {
        Path original = Files.write(dir.resolve("paper.pdf"), TestPdfs.paper(2, 2, "Ada Lovelace"));
        Path copy = dir.resolve("reviewers.pdf");
        inspector().inspect(original, copy);
        try (PDDocument read = Loader.loadPDF(copy.toFile())) {
            PDDocumentInformation info = read.getDocumentInformation();
            assertNull(info.getAuthor());
            assertNull(info.getCreator());
            assertNull(info.getProducer());
            assertNull(info.getCustomMetadataValue("Company"));
            assertNull(read.getDocumentCatalog().getMetadata());
            assertEquals("A study of workshops", info.getTitle());
            assertEquals(2, read.getNumberOfPages());
        }
        assertFalse(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1).contains("Lovelace"));
        assertTrue(new String(Files.readAllBytes(original), StandardCharsets.ISO_8859_1).contains("Lovelace"));
    }

    @Test
    void refusesWhatIsNotAPdf() {
        assertEquals("The file is not a PDF.", refusal("Dear chairs, please find my paper attached.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] paper = TestPdfs.paper(5, 5, "Ada Lovelace");
        assertTrue(refusal(Arrays.copyOf(paper, paper.length / 2)).contains("incomplete"));
    }

    @Test
    void refusesADamagedPdf() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] damaged = ("%PDF-1.7\n" + new String(garbage, StandardCharsets.ISO_8859_1) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(refusal(damaged).contains("damaged"));
    }

    @Test
    void refusesAnEncryptedPdf() {
        assertTrue(refusal(TestPdfs.encrypted("Ada Lovelace")).contains("encrypted"));
    }

    @Test
    void refusesATinyFileClaimingAMillionPages() throws IOException {
        byte[] bomb = CraftedPdfs.claimingPages(1_000_000);
        assertTrue(bomb.length < 1024);
        assertTrue(refusal(bomb).contains("more than " + MAX_PAGES + " pages"));
    }

    @Test
    void refusesAFileListingOnePageThousandsOfTimes() {
        assertTrue(refusal(CraftedPdfs.repeatingOnePage(5_000)).contains("more than " + MAX_PAGES + " pages"));
    }

    @Test
    void refusesACompressedObjectThatExpandsBeyondTheLimit() {
        byte[] bomb = CraftedPdfs.zipBomb(32L << 20);
        assertTrue(bomb.length < 64 * 1024);
        assertTrue(refusal(bomb).contains("expands to more than 16 MB"));
    }

    @Test
    void aFileThatTakesTooLongIsRefused() throws Exception {
        Path original = Files.write(dir.resolve("slow.pdf"), TestPdfs.paper(40, 40, "Ada Lovelace"));
        PdfInspector hurried = new PdfInspector(new InspectionLimits(MAX_PAGES, 16L << 20, 64L << 20, Duration.ZERO, 64L << 20), dir);
        UnreadablePdf refused = assertThrows(UnreadablePdf.class, () -> hurried.inspect(original, dir.resolve("slow-copy.pdf")));
        assertTrue(refused.getMessage().contains("takes longer than 0 seconds"));
    }

    @Test
    void aHeadingIsALineOfItsOwn() {
        assertTrue(ReferencesHeading.isHeading("References"));
        assertTrue(ReferencesHeading.isHeading("7 Bibliography"));
        assertTrue(ReferencesHeading.isHeading("VII. REFERENCES"));
        assertTrue(ReferencesHeading.isHeading("R EFERENCES"));
        assertFalse(ReferencesHeading.isHeading("References to earlier work are in Section 2."));
    }

    @Test
    void thePageWhereReferencesStartCountsWhenBodyTextStandsAboveThem() {
        ReferencesHeading headingMidPage = new ReferencesHeading();
        headingMidPage.page(java.util.List.of("Body"));
        headingMidPage.page(java.util.List.of("Running head", "4", "Conclusion", "We did it.", "References", "[1] A."));
        headingMidPage.page(java.util.List.of("[2] B."));
        assertEquals(2, headingMidPage.pagesBeforeReferences());

        ReferencesHeading headingOnTop = new ReferencesHeading();
        headingOnTop.page(java.util.List.of("Body"));
        headingOnTop.page(java.util.List.of("Running head", "2", "References", "[1] A."));
        assertEquals(1, headingOnTop.pagesBeforeReferences());
    }
}
