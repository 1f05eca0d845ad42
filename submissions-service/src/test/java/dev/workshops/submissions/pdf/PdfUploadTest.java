package dev.workshops.submissions.pdf;

import static dev.workshops.submissions.TestCalls.call;
import static dev.workshops.submissions.TestCalls.deadlineDay;
import static dev.workshops.submissions.TestCalls.putCall;
import static dev.workshops.submissions.TestCalls.read;
import static dev.workshops.submissions.TestCalls.submission;
import static dev.workshops.submissions.TestCalls.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.call.CallRequest;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import dev.workshops.infra.CraftedPdfs;
import dev.workshops.infra.RawHttp;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PdfUploadTest {

    /** The call's "short" format: 4 pages, 10 MiB. */
    private static final long SHORT_MAX_BYTES = 10L * 1024 * 1024;

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @TestHTTPResource("/")
    URL service;

    private TestCalls calls;
    private String workshop;
    private TestCalls.Person author;
    private String submissionId;

    @BeforeEach
    void aDraftByOneAuthor() {
        calls = new TestCalls(issuer, kafka);
        workshop = calls.workshopWithCall(5);
        author = calls.people("author", 1).getFirst();
        submissionId = submit(author.token(), workshop, submission("Open data for reasoning", "main", author))
                .statusCode(201).extract().path("id");
    }

    private ExtractableResponse<Response> upload(String token, String contentType, byte[] body) {
        return given().auth().oauth2(token).contentType(contentType).body(body)
                .when().put("/api/submissions/" + submissionId + "/pdf").then().extract();
    }

    private ExtractableResponse<Response> upload(byte[] pdf) {
        return upload(author.token(), PdfResource.PDF, pdf);
    }

    private byte[] download(String token, String path) {
        return given().auth().oauth2(token).when().get("/api/submissions/" + submissionId + path)
                .then().statusCode(200).contentType(PdfResource.PDF).extract().asByteArray();
    }

    @Test
    void aFivePagePaperWithReferencesOnPageFiveCountsFourPagesAndSubmitsTheDraft() throws Exception {
        byte[] paper = TestPdfs.paper(5, 5, author.name());

        ExtractableResponse<Response> answer = upload(paper);

        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(1, answer.<Integer>path("version"));
        assertEquals(5, answer.<Integer>path("pages"));
        assertEquals(4, answer.<Integer>path("pagesBeforeReferences"));
        assertEquals(paper.length, answer.<Integer>path("bytes"));
        assertEquals(sha256(paper), answer.path("sha256"));
        assertEquals(java.util.List.of(), answer.path("formatWarnings"));
        assertEquals(false, answer.<Boolean>path("lateWithinGrace"));
        read(author.token(), submissionId).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("pdf.version", equalTo(1))
                .body("pdf.pagesBeforeReferences", equalTo(4));
        assertArrayEquals(paper, download(author.token(), "/pdf"));
        assertArrayEquals(paper, download(calls.chair(), "/pdf"));
    }

    @Test
    void aSixPagePaperIsFlaggedForTheChairsNotRefused() {
        ExtractableResponse<Response> answer = upload(TestPdfs.paper(6, 6, author.name()));

        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(5, answer.<Integer>path("pagesBeforeReferences"));
        assertEquals(1, answer.<java.util.List<String>>path("formatWarnings").size());
        assertTrue(answer.<java.util.List<String>>path("formatWarnings").getFirst().contains("5 pages before its references"));
        given().auth().oauth2(calls.chair()).when().get("/api/workshops/" + workshop + "/submissions")
                .then().statusCode(200).body("items[0].pdf.formatWarnings", hasSize(1));
    }

    @Test
    void theReviewersCopyHasNoAuthorMetadataAndANeutralName() throws Exception {
        byte[] paper = TestPdfs.paper(3, 3, author.name());
        assertEquals(200, upload(paper).statusCode());

        Response served = given().auth().oauth2(calls.chair())
                .when().get("/api/submissions/" + submissionId + "/pdf/reviewer-copy");
        assertEquals(200, served.statusCode());
        assertEquals("attachment; filename=\"submission-" + submissionId + ".pdf\"", served.header("Content-Disposition"));
        byte[] copy = served.asByteArray();
        try (PDDocument read = Loader.loadPDF(copy)) {
            PDDocumentInformation info = read.getDocumentInformation();
            assertNull(info.getAuthor());
            assertNull(info.getCreator());
            assertNull(info.getProducer());
            assertNull(read.getDocumentCatalog().getMetadata());
            assertEquals("A study of workshops", info.getTitle());
            assertEquals(3, read.getNumberOfPages());
        }
        assertFalse(new String(copy, StandardCharsets.ISO_8859_1).contains(author.name()));
        // Authors get their own file; the reviewers' copy is not theirs to ask for.
        given().auth().oauth2(author.token()).when().get("/api/submissions/" + submissionId + "/pdf/reviewer-copy")
                .then().statusCode(404);
    }

    @Test
    void everyVersionIsKeptWithItsHashAndTheLastCounts() {
        byte[] first = TestPdfs.paper(4, 4, author.name());
        byte[] second = TestPdfs.paper(3, 3, author.name());
        assertEquals(1, upload(first).<Integer>path("version"));
        ExtractableResponse<Response> replaced = upload(second);

        assertEquals(2, replaced.<Integer>path("version"));
        assertEquals(3, replaced.<Integer>path("pages"));
        assertArrayEquals(second, download(author.token(), "/pdf"));
        read(author.token(), submissionId).statusCode(200).body("status", equalTo("SUBMITTED")).body("pdf.version", equalTo(2));
    }

    @Test
    void unreadableFilesAre400AndKeepThePreviousPdf() {
        byte[] kept = TestPdfs.paper(4, 4, author.name());
        assertEquals(200, upload(kept).statusCode());
        byte[] truncated = java.util.Arrays.copyOf(kept, kept.length / 2);

        for (byte[] bad : java.util.List.of("not a paper".getBytes(StandardCharsets.UTF_8), truncated,
                TestPdfs.encrypted(author.name()), CraftedPdfs.claimingPages(100_000), CraftedPdfs.zipBomb(32L << 20))) {
            ExtractableResponse<Response> refused = upload(bad);
            assertEquals(400, refused.statusCode(), refused.asString());
            assertEquals("application/problem+json", refused.contentType());
            assertFalse(refused.<String>path("detail").isBlank());
        }
        assertKept(kept);
    }

    @Test
    void onlyApplicationPdfIsTaken() {
        byte[] kept = TestPdfs.paper(4, 4, author.name());
        assertEquals(200, upload(kept).statusCode());

        ExtractableResponse<Response> refused = upload(author.token(), "application/octet-stream", TestPdfs.paper(2, 2, author.name()));

        assertEquals(415, refused.statusCode());
        assertTrue(refused.<String>path("detail").contains("application/pdf"));
        assertKept(kept);
    }

    @Test
    void someoneElsesSubmissionIs404ForUploadAndDownload() {
        byte[] kept = TestPdfs.paper(4, 4, author.name());
        assertEquals(200, upload(kept).statusCode());
        TestCalls.Person stranger = calls.people("stranger", 1).getFirst();

        assertEquals(404, upload(stranger.token(), PdfResource.PDF, TestPdfs.paper(2, 2, stranger.name())).statusCode());
        given().auth().oauth2(stranger.token()).when().get("/api/submissions/" + submissionId + "/pdf").then().statusCode(404);
        given().auth().oauth2(stranger.token()).when().get("/api/submissions/" + submissionId + "/pdf/reviewer-copy")
                .then().statusCode(404);
        assertKept(kept);
    }

    @Test
    void afterTheDeadlineAnUploadIs409InTheAuthorsWords() {
        byte[] kept = TestPdfs.paper(4, 4, author.name());
        assertEquals(200, upload(kept).statusCode());
        java.time.LocalDate past = TestCalls.now().atOffset(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2);
        String closed = call(deadlineDay(5), null)
                .replaceFirst("\"deadline\": \\{\"date\": \"[0-9-]+\"", "\"deadline\": {\"date\": \"" + past + "\"")
                .replaceFirst("\"opensAt\": \"[^\"]+\"", "\"opensAt\": \"" + TestCalls.now().minus(Duration.ofDays(10)) + "\"");
        putCall(calls.chair(), workshop, closed).statusCode(200);

        ExtractableResponse<Response> late = upload(TestPdfs.paper(2, 2, author.name()));

        assertEquals(409, late.statusCode(), late.asString());
        assertTrue(late.<String>path("detail").contains("23:59 AoE on"), late.<String>path("detail"));
        assertKept(kept);
    }

    @Test
    void aDeclaredLengthOverTheFormatsLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        byte[] kept = TestPdfs.paper(4, 4, author.name());
        assertEquals(200, upload(kept).statusCode());

        try (Socket socket = put("/api/submissions/" + submissionId + "/pdf", PdfResource.PDF,
                "Content-Length: " + (SHORT_MAX_BYTES + 1) + "\r\nExpect: 100-continue")) {
            // Not one byte of the body has been sent: the answer comes from the headers alone.
            assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(socket));
        }
        assertKept(kept);
    }

    @Test
    void aChunkedUploadIsTakenAndCutOffWith413AtTheFirstByteOverTheFormatsLimit() {
        byte[] paper = TestPdfs.paper(4, 4, author.name());
        RawHttp.Streamed taken = RawHttp.sendChunked(service.getPort(), chunkedPut(), new ByteArrayInputStream(paper));
        assertEquals(200, taken.answer().status(), taken.answer()::toString);
        assertKept(paper);

        // Far more than the kernel buffers of a local connection hold, so a body the service stops reading stalls.
        long offered = 8 * SHORT_MAX_BYTES;
        InputStream tooLarge = new SequenceInputStream(new ByteArrayInputStream("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)),
                zeros(offered));
        RawHttp.Streamed cutOff = RawHttp.sendChunked(service.getPort(), chunkedPut(), tooLarge);

        assertEquals(413, cutOff.answer().status(), cutOff.answer()::toString);
        assertEquals("application/problem+json", cutOff.answer().header("Content-Type"));
        assertTrue(cutOff.answer().body().contains("\"maxBytes\":" + SHORT_MAX_BYTES), cutOff.answer().body());
        assertTrue(cutOff.sent() < offered, "sent " + cutOff.sent() + " of " + offered);
        assertKept(paper);
    }

    /** {@code count} zero bytes, made as they are read. */
    private static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int read = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + read, (byte) 0);
                left -= read;
                return read;
            }
        };
    }

    private String chunkedPut() {
        return "PUT /api/submissions/" + submissionId + "/pdf HTTP/1.1\r\nAuthorization: Bearer " + author.token()
                + "\r\nContent-Type: " + PdfResource.PDF;
    }

    @Test
    void aChunkedJsonBodyIsAskedForItsLengthWithoutReadingIt() throws Exception {
        // Far more than the kernel buffers of a local connection hold, so a body the service does not read stalls.
        long offered = 64L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        try (Socket socket = put("/api/submissions/" + submissionId, "application/json", "Transfer-Encoding: chunked")) {
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> sendChunks(socket, "{\"title\": \"", 'x', offered, sent));
            assertEquals("HTTP/1.1 411 Length Required", statusLine(socket));
            socket.close();
            sender.get(30, TimeUnit.SECONDS);
        }
        assertTrue(sent.get() < offered, "sent " + sent.get() + " of " + offered);
    }

    @Test
    void jsonBodiesKeepThe64KiBLimit() {
        String huge = submission("x".repeat(70 * 1024), "main", author);
        RawHttp.Answer refused = RawHttp.send(service.getPort(), "PUT /api/submissions/" + submissionId
                + " HTTP/1.1\r\nAuthorization: Bearer " + author.token() + "\r\nContent-Type: application/json", huge);

        assertEquals(413, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertTrue(refused.body().contains("larger than 64 KiB"), refused.body());
    }

    @Test
    void quarkusBodyLimitIsTheLargestSizeAFormatMayAllow() {
        MemorySize limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class);
        assertEquals(CallRequest.MAX_PDF_BYTES, limit.asLongValue());
    }

    @Test
    void acceptedSizesAreAHistogram() {
        assertEquals(200, upload(TestPdfs.paper(2, 2, author.name())).statusCode());
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("workshop_submission_pdf_bytes_count{workshop=\"" + workshop + "\"} 1.0"))
                .body(containsString("workshop_submission_pdf_bytes_bucket{workshop=\"" + workshop + "\",le=\"65536.0\"} 1.0"));
    }

    /** A PUT by the author written by hand, headers only: the body is the caller's to send, or not. */
    private Socket put(String path, String contentType, String moreHeaders) throws IOException {
        Socket socket = new Socket(service.getHost(), service.getPort());
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + author.token()
                + "\r\nContent-Type: " + contentType + "\r\n" + moreHeaders + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** {@code start}, then chunks of 64 KiB of {@code filler} until {@code offered} bytes are sent or the service closes the connection. */
    private static void sendChunks(Socket socket, String start, int filler, long offered, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) filler);
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            OutputStream out = socket.getOutputStream();
            out.write((Integer.toHexString(start.length()) + "\r\n" + start + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            while (sent.get() < offered) {
                out.write(head);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                sent.addAndGet(chunk.length);
            }
        } catch (IOException closedByTheService) {
            // Expected: the service answered and closed the connection.
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
    }

    private void assertKept(byte[] kept) {
        read(author.token(), submissionId).statusCode(200).body("pdf.version", equalTo(1)).body("pdf.sha256", equalTo(sha256(kept)));
        assertArrayEquals(kept, download(author.token(), "/pdf"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
