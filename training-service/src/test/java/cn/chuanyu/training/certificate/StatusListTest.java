package cn.chuanyu.training.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Revocation as W3C Bitstring Status List v1.0: what a verifier checks offline, and in bulk, from the public list. */
@QuarkusTest
class StatusListTest {

    private static final String LISTS = "/api/training/certificate-status-lists/";

    @Inject
    Certificates certificates;

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aRevocationSetsTheCredentialsBitInTheSignedPublicListAndChangesItsETag() throws Exception {
        Certificate certificate = certified("冯十二");
        JsonPath status = payload(certificate.credential).setRootPath("credentialStatus");
        assertThat(status.getString("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(status.getString("statusPurpose")).isEqualTo("revocation");
        String url = status.getString("statusListCredential");
        assertThat(url).matches("http://127\\.0\\.0\\.1:8080/api/training/certificate-status-lists/\\d+");
        assertThat(status.getString("id")).isEqualTo(url + "#" + status.getString("statusListIndex"));
        int index = Integer.parseInt(status.getString("statusListIndex"));
        String path = LISTS + url.substring(url.lastIndexOf('/') + 1);

        var before = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/vc+jwt")
                .extract();
        String etag = before.header("ETag");
        assertThat(before.header("Cache-Control")).contains("no-cache");
        assertThat(revoked(before.asString(), index)).isFalse();
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304);

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "证书信息有误，予以撤销"))
                .when()
                .post("/api/training/certificates/" + certificate.id + "/revocation")
                .then()
                .statusCode(200);

        var after = given().header("If-None-Match", etag)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract();
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(revoked(after.asString(), index)).isTrue();
        given().header("If-None-Match", after.header("ETag"))
                .when()
                .get(path)
                .then()
                .statusCode(304);

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "再次撤销"))
                .when()
                .post("/api/training/certificates/" + certificate.id + "/revocation")
                .then()
                .statusCode(409);
        given().header("If-None-Match", after.header("ETag"))
                .when()
                .get(path)
                .then()
                .statusCode(304);
    }

    @Test
    void theListIsASignedBitstringStatusListCredentialOfAtLeast16KilobytesVerifiableWithThePublishedKeys()
            throws Exception {
        Certificate certificate = certified("褚十三");
        String url = payload(certificate.credential).getString("credentialStatus.statusListCredential");
        String jws = given().when()
                .get(LISTS + url.substring(url.lastIndexOf('/') + 1))
                .then()
                .statusCode(200)
                .extract()
                .asString();

        JsonPath list = payload(jws);
        assertThat(list.getList("type", String.class))
                .containsExactly("VerifiableCredential", "BitstringStatusListCredential");
        assertThat(list.getString("id")).isEqualTo(url);
        assertThat(list.getString("issuer.id"))
                .isEqualTo(payload(certificate.credential).getString("issuer.id"));
        assertThat(list.getString("credentialSubject.type")).isEqualTo("BitstringStatusList");
        assertThat(list.getString("credentialSubject.statusPurpose")).isEqualTo("revocation");
        assertThat(list.getString("credentialSubject.id")).isEqualTo(url + "#list");
        assertThat(bits(jws)).hasSize(16_384);

        String[] parts = jws.split("\\.");
        String kid = JsonPath.from(decode(parts[0])).getString("kid");
        String x = given().when()
                .get("/api/training/certificate-keys")
                .then()
                .extract()
                .jsonPath()
                .getString("keys.find { it.kid == '" + kid + "' }.x");
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(SigningKeys.fromX(x));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void everyCertificateGetsItsOwnBitAndConsecutiveIssuesAreNotNeighbours() {
        Set<String> entries = new HashSet<>();
        Integer previous = null;
        for (int i = 0; i < 5; i++) {
            JsonPath status = payload(certified("蒋" + i).credential).setRootPath("credentialStatus");
            assertThat(entries.add(status.getString("id"))).isTrue();
            int index = Integer.parseInt(status.getString("statusListIndex"));
            assertThat(index).isBetween(0, StatusLists.BITS - 1);
            if (previous != null) {
                assertThat(Math.abs(index - previous)).isGreaterThan(1);
            }
            previous = index;
        }
    }

    @Test
    void aListNoCertificateUsesIsNotFound() {
        given().when()
                .get(LISTS + 999_999)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/not-found"));
        given().when().get(LISTS + "-1").then().statusCode(400);
    }

    private Certificate certified(String name) {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("status-teacher"));
        UUID enrolment = cohort.passed(TrainingFixtures.unique("status"), name);
        return QuarkusTransaction.requiringNew().call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN));
    }

    /** What a verifier does: decode the list and read bit {@code index}, counted from the left of the first byte. */
    private static boolean revoked(String listJws, int index) throws Exception {
        byte[] bits = bits(listJws);
        return (bits[index / 8] >> (7 - index % 8) & 1) == 1;
    }

    private static byte[] bits(String listJws) throws Exception {
        String encoded = payload(listJws).getString("credentialSubject.encodedList");
        assertThat(encoded).startsWith("u");
        try (var gzip = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            return gzip.readAllBytes();
        }
    }

    private static JsonPath payload(String jws) {
        return JsonPath.from(decode(jws.split("\\.")[1]));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
