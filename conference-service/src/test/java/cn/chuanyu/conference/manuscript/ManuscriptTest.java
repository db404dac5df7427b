package cn.chuanyu.conference.manuscript;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.RegisterReviewerRequest;
import cn.chuanyu.conference.review.Reviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManuscriptTest {

    @Inject
    Papers papers;

    @Inject
    Reviews reviews;

    @Inject
    Manuscripts manuscripts;

    @Inject
    PdfUploads uploads;

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theSubmitterUploadsVersionsKeptWithTheirDigestAndPageCount() throws Exception {
        UUID paper = paper();
        byte[] first = pdf(2);
        byte[] second = pdf(3);

        upload(paper, first)
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("pages", equalTo(2))
                .body("sizeBytes", equalTo(first.length))
                .body("sha256", equalTo(sha256(first)));
        upload(paper, second).then().statusCode(201).body("version", equalTo(2)).body("pages", equalTo(3));

        given().when()
                .get("/api/conference/papers/" + paper + "/manuscripts")
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(2, 1)))
                .body("sha256[1]", equalTo(sha256(first)));
        Map<String, byte[]> kept = keptFor(paper);
        assertThat(kept).containsOnlyKeys(storedAs(paper, 1), storedAs(paper, 2));
        assertThat(kept.get(storedAs(paper, 1))).isEqualTo(first);
        assertThat(sha256(kept.get(storedAs(paper, 2)))).isEqualTo(sha256(second));
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void whatIsNotAPdfIsRefusedAndNothingIsKept() {
        UUID paper = paper();
        for (byte[] body : new byte[][] {
            "玉米株型调控基因".getBytes(StandardCharsets.UTF_8), "%PDF-1.7 but nothing more".getBytes(StandardCharsets.UTF_8)
        }) {
            upload(paper, body)
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://chuanyu.cn/problems/not-a-pdf"));
        }
        assertThat(versions(paper)).isZero();
        assertThat(keptFor(paper)).isEmpty();
    }

    @Test
    void aStoredFileWhoseRowDoesNotCommitIsDeletedAgain() throws Exception {
        UUID paper = paper();
        var commitFails = new IllegalStateException("the transaction of the row fails");

        assertThatThrownBy(() -> uploads.keep(
                        new ByteArrayInputStream(pdf(1)),
                        Manuscript.class,
                        Manuscript.keyPrefix(paper),
                        (id, storedAs, upload, pages) -> {
                            Manuscript.record(
                                            id,
                                            paper,
                                            1,
                                            upload,
                                            pages,
                                            storedAs,
                                            PaperFixtures.GUO_CHAO,
                                            Instant.now())
                                    .persistAndFlush();
                            assertThat(keptFor(paper)).containsOnlyKeys(storedAs); // written before the row
                            throw commitFails;
                        }))
                .isSameAs(commitFails);
        assertThat(versions(paper)).isZero();
        assertThat(keptFor(paper)).isEmpty();
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void aManuscriptOverTwentyMebibytesIsRefused() {
        UUID paper = paper();
        byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 20 * 1024 * 1024 + 1);
        upload(paper, large)
                .then()
                .statusCode(413)
                .body("type", equalTo("https://chuanyu.cn/problems/request-entity-too-large"));
        assertThat(versions(paper)).isZero();
    }

    @Test
    @TestSecurity(user = "fancong", roles = "researcher")
    void onlyTheSubmitterUploadsAndOnlyUntilReviewStarts() throws Exception {
        UUID notMine = paper();
        upload(notMine, pdf(1)).then().statusCode(403);
        given().when()
                .get("/api/conference/papers/" + notMine + "/manuscripts")
                .then()
                .statusCode(404);
        upload(UUID.randomUUID(), pdf(1)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void aPaperUnderReviewKeepsItsManuscript() throws Exception {
        UUID paper = paper();
        assign(paper, "expert-ms-" + UUID.randomUUID());
        upload(paper, pdf(1)).then().statusCode(409).body("type", equalTo("https://chuanyu.cn/problems/paper-locked"));
    }

    @Test
    @TestSecurity(user = "expert-reads", roles = "reviewer")
    void theAssignedReviewerDownloadsTheLatestVersionWithoutAuthorsAndNobodyElse() throws Exception {
        UUID paper = paper();
        manuscripts.upload(paper, new ByteArrayInputStream(pdf(1)), PaperFixtures.GUO_CHAO);
        manuscripts.upload(paper, new ByteArrayInputStream(pdf(4)), PaperFixtures.GUO_CHAO);
        UUID mine = assign(paper, "expert-reads");
        UUID notMine = assign(paper, "expert-other-" + UUID.randomUUID());

        byte[] downloaded = given().when()
                .get("/api/conference/reviews/assignments/" + mine + "/manuscript")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(downloaded)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getCreator()).isNull();
            assertThat(document.getDocumentInformation().getProducer()).isNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("玉米株型调控基因的遗传解析");
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
        }
        given().when()
                .get("/api/conference/reviews/assignments/" + notMine + "/manuscript")
                .then()
                .statusCode(404);
        given().when()
                .get("/api/conference/reviews/assignments/" + assign(paper(), "expert-reads") + "/manuscript")
                .then()
                .statusCode(404); // assigned, but no manuscript
    }

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theSubmitterCannotDownloadThroughAReviewersRoute() {
        given().when()
                .get("/api/conference/reviews/assignments/" + UUID.randomUUID() + "/manuscript")
                .then()
                .statusCode(403);
    }

    /** A PDF that names its author everywhere a PDF can: the document information and the XMP metadata. */
    static byte[] pdf(int pages) throws IOException {
        try (var document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            var info = document.getDocumentInformation();
            info.setTitle("玉米株型调控基因的遗传解析");
            info.setAuthor("郭超");
            info.setCreator("郭超的文字处理软件");
            info.setProducer("guochao@scu");
            var xmp = new PDMetadata(document);
            xmp.importXMPMetadata("""
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>郭超</dc:creator>
                    </rdf:Description></rdf:RDF></x:xmpmeta>""".getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Response upload(UUID paper, byte[] body) {
        return given().contentType("application/pdf")
                .body(body)
                .when()
                .post("/api/conference/papers/" + paper + "/manuscripts");
    }

    private UUID assign(UUID paper, String expert) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (ExpertReviewer.findById(expert) == null) {
                reviews.register(new RegisterReviewerRequest(expert, "稿件专家", null, "清华大学", Region.OTHER), "organiser");
            }
            return reviews.assign(paper, expert, "organiser").id;
        });
    }

    UUID paper() {
        UUID conference = ConferenceFixtures.withOpenCall();
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
    }

    /** What the store keeps for the paper, by key: the files under the test's manuscripts directory. */
    Map<String, byte[]> keptFor(UUID paper) {
        Path directory = Path.of("target/manuscripts", paper.toString());
        if (!Files.exists(directory)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            Map<String, byte[]> kept = new HashMap<>();
            for (Path file : files.toList()) {
                kept.put(paper + "/" + file.getFileName(), Files.readAllBytes(file));
            }
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String storedAs(UUID paper, int version) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Manuscript.<Manuscript>find("paperId = ?1 and version = ?2", paper, version)
                        .singleResult()
                        .storedAs);
    }

    private static long versions(UUID paper) {
        return QuarkusTransaction.requiringNew().call(() -> Manuscript.count("paperId", paper));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
