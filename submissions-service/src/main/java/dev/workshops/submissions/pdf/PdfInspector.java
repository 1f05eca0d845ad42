package dev.workshops.submissions.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks an uploaded PDF with Apache PDFBox and writes the reviewers' copy, within {@link InspectionLimits}: the
 * file is read from disk with PDFBox's buffers in temporary files, its compressed objects are measured before PDFBox
 * expands any, its pages are counted against a ceiling, and a time budget is checked between content operators.
 */
public final class PdfInspector {

    /** What the service keeps about a file that passed. */
    public record Inspection(int pages, int pagesBeforeReferences) {
    }

    /** Information-dictionary entries the reviewers' copy keeps: none of them names a person or their tools. */
    private static final Set<COSName> NEUTRAL_INFO = Set.of(COSName.TITLE, COSName.SUBJECT, COSName.KEYWORDS,
            COSName.CREATION_DATE, COSName.MOD_DATE, COSName.TRAPPED);

    private static final int ENDS_WITHIN = 1024;

    private final InspectionLimits limits;
    private final Path scratch;

    public PdfInspector(InspectionLimits limits, Path scratch) {
        this.limits = limits;
        this.scratch = scratch;
    }

    /** Reads {@code original}; when it passes, writes its reviewers' copy to {@code reviewerCopy}. */
    public Inspection inspect(Path original, Path reviewerCopy) throws UnreadablePdf {
        TimeBudget budget = TimeBudget.in(limits.timeLimit());
        try {
            checkFrame(original);
            InflatedSizes.check(original, limits, budget);
            MemoryUsageSetting buffers = MemoryUsageSetting.setupTempFileOnly(limits.maxScratchBytes())
                    .setTempDir(scratch.toFile());
            try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(original), "", null, null,
                    buffers.streamCache)) {
                if (document.isEncrypted()) {
                    throw encrypted();
                }
                Inspection inspection = read(document, budget);
                anonymise(document);
                budget.check();
                document.save(reviewerCopy.toFile());
                return inspection;
            }
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (TimeBudget.Passed e) {
            throw new UnreadablePdf("The PDF takes longer than " + limits.timeLimit().toSeconds()
                    + " seconds to read; it is refused as damaged or unsafe to read.");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadablePdf("The PDF is damaged and cannot be read; export it again and upload the new file.");
        }
    }

    /** A PDF begins with {@code %PDF-} and ends with {@code %%EOF}; an upload cut short lacks the end. */
    private static void checkFrame(Path file) throws IOException, UnreadablePdf {
        long size = Files.size(file);
        if (!contains(read(file, 0, ENDS_WITHIN), "%PDF-")) {
            throw new UnreadablePdf("The file is not a PDF.");
        }
        if (!contains(read(file, Math.max(0, size - ENDS_WITHIN), ENDS_WITHIN), "%%EOF")) {
            throw new UnreadablePdf("The PDF is incomplete (it does not end as a PDF does), probably cut off; "
                    + "export it again and upload the whole file.");
        }
    }

    private Inspection read(PDDocument document, TimeBudget budget) throws IOException, UnreadablePdf {
        int claimed = document.getNumberOfPages();
        if (claimed > limits.maxPages()) {
            throw tooManyPages();
        }
        PageText text = new PageText(budget, limits.maxPages());
        text.writeText(document, text.page);
        if (text.pages > limits.maxPages()) {
            throw tooManyPages();
        }
        if (text.pages == 0) {
            throw new UnreadablePdf("The PDF has no pages.");
        }
        return new Inspection(text.pages, text.heading.pagesBeforeReferences());
    }

    /** Author, creator and producer go, with any other entry a tool may fill with a name, and the XMP packet. */
    private static void anonymise(PDDocument document) {
        COSDictionary info = document.getDocumentInformation().getCOSObject();
        for (COSName key : List.copyOf(info.keySet())) {
            if (!NEUTRAL_INFO.contains(key)) {
                info.removeItem(key);
            }
        }
        document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
    }

    private UnreadablePdf tooManyPages() {
        return new UnreadablePdf("The PDF has more than " + limits.maxPages() + " pages; it is refused as unsafe to read.");
    }

    private static UnreadablePdf encrypted() {
        return new UnreadablePdf("The PDF is encrypted; save it without a password or other protection and upload it again.");
    }

    /** Each page's text, kept only until the references heading is met; reading stops past the page ceiling. */
    private static final class PageText extends PDFTextStripper {

        private final TimeBudget budget;
        private final int maxPages;
        private final StringWriter page = new StringWriter();
        private final ReferencesHeading heading = new ReferencesHeading();
        private int pages;

        PageText(TimeBudget budget, int maxPages) {
            this.budget = budget;
            this.maxPages = maxPages;
            setLineSeparator("\n");
        }

        /** Every page counts, those without content too (PDFTextStripper itself skips them). */
        @Override
        protected void processPages(PDPageTree tree) throws IOException {
            for (PDPage current : tree) {
                pages++;
                budget.check();
                if (pages > maxPages) {
                    return;
                }
                if (heading.found() || !current.hasContents()) {
                    heading.page(List.of());
                } else {
                    processPage(current);
                }
            }
        }

        @Override
        protected void endPage(PDPage current) throws IOException {
            super.endPage(current);
            heading.page(Arrays.asList(page.toString().split("\n")));
            page.getBuffer().setLength(0);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.check();
            super.processOperator(operator, operands);
        }
    }

    private static byte[] read(Path file, long from, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                InputStream in = java.nio.channels.Channels.newInputStream(channel.position(from))) {
            return in.readNBytes(length);
        }
    }

    private static boolean contains(byte[] bytes, String marker) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(marker);
    }
}
