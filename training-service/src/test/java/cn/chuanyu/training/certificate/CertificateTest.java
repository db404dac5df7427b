package cn.chuanyu.training.certificate;

import static cn.chuanyu.training.TrainingFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TopicRecorder;
import cn.chuanyu.training.TrainingFixtures;
import cn.chuanyu.training.TrainingFixtures.Cohort;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificateTest {

    private static final String CERTIFICATES = "/api/training/certificates";
    private static final String VERIFICATIONS = "/api/training/certificate-verifications";

    @Inject
    Certificates certificates;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aTraineeWhoPassedIsCertifiedInTheNameOfTheTrainingBaseAndTheIssueIsAnnounced() throws Exception {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        String holder = TrainingFixtures.unique("cert");
        UUID enrolment = cohort.passed(holder, "张三");

        try (var topic = TopicRecorder.of(CertificateEvents.TOPIC)) {
            var created = given().contentType(ContentType.JSON)
                    .body(Map.of("enrolmentId", enrolment))
                    .when()
                    .post(CERTIFICATES)
                    .then()
                    .statusCode(201)
                    .body("number", matchesPattern("NTTB-" + today().getYear() + "-\\d{6}"))
                    .body("verificationCode", matchesPattern("[2-9A-HJKMNP-Z]{8}"))
                    .body("status", equalTo("VALID"))
                    .body("issuer", equalTo("国家技术转移人才培养基地"))
                    .body("holderName", equalTo("张三"))
                    .body("holderSubject", equalTo(holder))
                    .body("level", equalTo("PRIMARY"))
                    .body("issuedOn", equalTo(today().toString()))
                    .body("expiresOn", equalTo(today().plusYears(3).toString()))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith(CERTIFICATES + "/" + id);
            var event = topic.awaitEventAbout(id, CertificateEvents.ISSUED);
            EventSchemas.assertConforms(event);
            assertThat(event.data())
                    .contains("\"name\":\"张三\"")
                    .contains("\"certificateNumber\":\"" + created.path("number") + "\"");
        }
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void onlyThoseWhoPassedAreCertifiedAndOnlyOnce() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        UUID failed = cohort.eligible(TrainingFixtures.unique("cert"), "李四");
        TrainingFixtures.scored(TrainingFixtures.sitting(cohort.programme(), today()), failed, "40");
        UUID notSat = cohort.eligible(TrainingFixtures.unique("cert"), "王五");
        UUID passed = cohort.passed(TrainingFixtures.unique("cert"), "赵六");

        issue(failed).then().statusCode(409).body("type", equalTo("https://chuanyu.cn/problems/not-passed"));
        issue(notSat).then().statusCode(409).body("type", equalTo("https://chuanyu.cn/problems/not-passed"));
        issue(passed).then().statusCode(201);
        issue(passed).then().statusCode(409).body("type", equalTo("https://chuanyu.cn/problems/already-certified"));
        issue(UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post(CERTIFICATES)
                .then()
                .statusCode(400)
                .body("errors.field", contains("enrolmentId"));
        given().queryParam("programmeId", cohort.programme())
                .when()
                .get(CERTIFICATES)
                .then()
                .body("total", equalTo(1))
                .body("items.holderName", contains("赵六"));
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void issuingForAProgrammeCertifiesEveryoneWhoPassedAndNoOneElse() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        cohort.passed(TrainingFixtures.unique("cert"), "陈一");
        cohort.passed(TrainingFixtures.unique("cert"), "陈二");
        cohort.eligible(TrainingFixtures.unique("cert"), "陈三");

        given().contentType(ContentType.JSON)
                .body(Map.of("programmeId", cohort.programme()))
                .when()
                .post(CERTIFICATES + "/issuance")
                .then()
                .statusCode(200)
                .body("holderName", contains("陈一", "陈二"));
        given().contentType(ContentType.JSON)
                .body(Map.of("programmeId", cohort.programme()))
                .when()
                .post(CERTIFICATES + "/issuance")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void anyoneVerifiesAPrintedCertificateAndLearnsOnlyWhatIsPrintedOnIt() {
        Certificate certificate = passedAndCertified("孙七");

        var answer = given().queryParam("code", certificate.verificationCode)
                .when()
                .get(VERIFICATIONS + "/" + certificate.number)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("holderName", equalTo("孙七"))
                .body("issuer", equalTo("国家技术转移人才培养基地"))
                .body("revokedOn", nullValue())
                .extract()
                .jsonPath();
        assertThat(answer.getMap("").keySet())
                .containsExactlyInAnyOrder(
                        "status",
                        "number",
                        "holderName",
                        "programmeName",
                        "level",
                        "issuer",
                        "issuedOn",
                        "expiresOn",
                        "revokedOn");
        given().queryParam("code", "WRONG234")
                .when()
                .get(VERIFICATIONS + "/" + certificate.number)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/certificate-not-found"));
        given().when().get(VERIFICATIONS + "/" + certificate.number).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = TrainingFixtures.ADMIN, roles = "training-admin")
    void aRevokedCertificateIsReportedRevokedAndTheRevocationIsAnnounced() throws Exception {
        Certificate certificate = passedAndCertified("周八");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post(CERTIFICATES + "/" + certificate.id + "/revocation")
                .then()
                .statusCode(400);
        given().queryParam("code", certificate.verificationCode)
                .when()
                .get(VERIFICATIONS + "/" + certificate.number)
                .then()
                .body("status", equalTo("VALID"));
        try (var topic = TopicRecorder.of(CertificateEvents.TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("reason", "经核查，考试成绩存在舞弊行为"))
                    .when()
                    .post(CERTIFICATES + "/" + certificate.id + "/revocation")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("REVOKED"))
                    .body("revocationReason", equalTo("经核查，考试成绩存在舞弊行为"));
            var event = topic.awaitEventAbout(certificate.id.toString(), CertificateEvents.REVOKED);
            EventSchemas.assertConforms(event);
            assertThat(event.data())
                    .contains("舞弊")
                    .contains("\"holder\":{")
                    .contains("\"subject\":\"" + certificate.holderSubject + "\"")
                    .contains("周八");
        }
        given().queryParam("code", certificate.verificationCode)
                .when()
                .get(VERIFICATIONS + "/" + certificate.number)
                .then()
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo(today().toString()));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "再次撤销"))
                .when()
                .post(CERTIFICATES + "/" + certificate.id + "/revocation")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://chuanyu.cn/problems/already-revoked"));
    }

    @Test
    void aCertificatePastItsLastDayIsReportedExpired() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        UUID enrolment = cohort.passed(TrainingFixtures.unique("cert"), "吴九");
        Certificate old = QuarkusTransaction.requiringNew()
                .call(() -> certificates.issue(enrolment, today().minusYears(3).minusDays(1), TrainingFixtures.ADMIN));

        given().queryParam("code", old.verificationCode)
                .when()
                .get(VERIFICATIONS + "/" + old.number)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"))
                .body("expiresOn", equalTo(today().minusDays(1).toString()));
    }

    @Test
    void aThirdPartyVerifiesTheCredentialOfflineWithThePublishedKeyAndATamperedOneFails() throws Exception {
        Certificate certificate = passedAndCertified("郑十");
        JsonPath jwks = given().when()
                .get("/api/training/certificate-keys")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(jwks.getString("keys[0].kty")).isEqualTo("OKP");
        assertThat(jwks.getString("keys[0].crv")).isEqualTo("Ed25519");
        var publicKey = SigningKeys.fromX(jwks.getString("keys[0].x"));

        String[] parts = certificate.credential.split("\\.");
        JsonPath header = JsonPath.from(decode(parts[0]));
        assertThat(header.getString("alg")).isEqualTo("EdDSA");
        assertThat(header.getString("kid")).isEqualTo(jwks.getString("keys[0].kid"));
        assertThat(offlineCheck(publicKey, parts[0], parts[1], parts[2])).isTrue();
        JsonPath payload = JsonPath.from(decode(parts[1]));
        assertThat(payload.getList("type", String.class))
                .containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(payload.getString("issuer.name")).isEqualTo("国家技术转移人才培养基地");
        assertThat(payload.getString("credentialSubject.identifier[0].identityHash"))
                .isEqualTo(Credentials.identityHash("郑十", payload.getString("credentialSubject.identifier[0].salt")));
        assertThat(decode(parts[1])).doesNotContain("郑十");
        assertThat(payload.getString("jti")).isEqualTo("urn:uuid:" + certificate.id);

        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(decode(parts[1]).replace("初级技术经纪人", "高级技术经纪人").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
        assertThat(offlineCheck(publicKey, parts[0], forgedPayload, parts[2])).isFalse();

        given().contentType(ContentType.JSON)
                .body(Map.of("credential", certificate.credential))
                .when()
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .body("authentic", equalTo(true))
                .body("certificate.status", equalTo("VALID"))
                .body("certificate.holderName", equalTo("郑十"));
        given().contentType(ContentType.JSON)
                .body(Map.of("credential", tampered))
                .when()
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .body("authentic", equalTo(false))
                .body("certificate", nullValue())
                .body("problem", equalTo("签名与内容不符：该凭证已被篡改，或并非由本平台签发"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("credential", tampered))
                .when()
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .body("authentic", equalTo(false))
                .body("problem", startsWith("the signature does not match the content"));
        given().contentType(ContentType.JSON)
                .body(Map.of("credential", "not-a-jws"))
                .when()
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .body("authentic", equalTo(false));
    }

    @Test
    void theSigningKeyIsKeptInTheDatabaseSoThatRestartsKeepIt() {
        String published = given().when()
                .get("/api/training/certificate-keys")
                .then()
                .extract()
                .path("keys[0].kid");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select kid from signing_key where active")
                .getSingleResult());
        assertThat(published).isEqualTo(stored);
    }

    @Test
    void aCredentialSignedBeforeAKeyRotationStillVerifiesAndOneFromAnUnpublishedKeyDoesNot() throws Exception {
        Certificate certificate = passedAndCertified("钱十一");
        KeyPair retired = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        // the key that signed before the rotation stays in the database, no longer active
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                        insert into signing_key (kid, algorithm, public_key, private_key, active, created_at)
                        values ('retired-in-test', 'EdDSA', ?1, ?2, false, now() - interval '1 year')""")
                        .setParameter(
                                1,
                                Base64.getEncoder()
                                        .encodeToString(retired.getPublic().getEncoded()))
                        .setParameter(
                                2,
                                Base64.getEncoder()
                                        .encodeToString(retired.getPrivate().getEncoded()))
                        .executeUpdate());
        try {
            JsonPath jwks = given().when()
                    .get("/api/training/certificate-keys")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String activeKid = JsonPath.from(decode(certificate.credential.split("\\.")[0]))
                    .getString("kid");
            assertThat(jwks.getString("keys[0].kid")).isEqualTo(activeKid);
            List<Map<String, String>> keys = jwks.getList("keys");
            String retiredKid = keys.stream()
                    .filter(k -> k.get("x").equals(SigningKeys.x(retired.getPublic())))
                    .map(k -> k.get("kid"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the retired key is not published: " + keys));

            String payload = certificate.credential.split("\\.")[1];
            given().contentType(ContentType.JSON)
                    .body(Map.of("credential", signed(retiredKid, payload, retired.getPrivate())))
                    .when()
                    .post(VERIFICATIONS)
                    .then()
                    .statusCode(200)
                    .body("authentic", equalTo(true))
                    .body("certificate.holderName", equalTo("钱十一"));

            KeyPair unpublished = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            given().contentType(ContentType.JSON)
                    .body(Map.of("credential", signed("not-ours", payload, unpublished.getPrivate())))
                    .when()
                    .post(VERIFICATIONS)
                    .then()
                    .statusCode(200)
                    .body("authentic", equalTo(false))
                    .body("certificate", nullValue())
                    .body("problem", startsWith("不是用本平台公布的密钥签名的"));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("delete from signing_key where kid = 'retired-in-test'")
                            .executeUpdate());
        }
    }

    private static String signed(String kid, String payload, PrivateKey key) throws Exception {
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    @Test
    void concurrentIssuesGetDistinctNumbers() throws Exception {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());
        List<UUID> passed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID enrolment = cohort.eligible(TrainingFixtures.unique("cert"), "学员" + i);
            TrainingFixtures.scored(sitting, enrolment, "75");
            passed.add(enrolment);
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        Set<String> numbers = new HashSet<>();
        try {
            List<Callable<String>> issues = passed.stream()
                    .<Callable<String>>map(enrolment -> () -> QuarkusTransaction.requiringNew()
                            .call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN).number))
                    .toList();
            for (Future<String> number : pool.invokeAll(issues)) {
                numbers.add(number.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).hasSize(10);
    }

    @Test
    void certifyingAWholeProgrammeWhileSingleIssuesRunGivesEachTraineeOneCertificateAndNoFailure() throws Exception {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        UUID sitting = TrainingFixtures.sitting(cohort.programme(), today());
        List<UUID> passed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID enrolment = cohort.eligible(TrainingFixtures.unique("cert-all"), "全班学员" + i);
            TrainingFixtures.scored(sitting, enrolment, "80");
            passed.add(enrolment);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Callable<String>> work = new ArrayList<>();
            work.add(() -> QuarkusTransaction.requiringNew()
                    .call(() -> "all:"
                            + certificates
                                    .issueAll(cohort.programme(), TrainingFixtures.ADMIN)
                                    .size()));
            // single issues for the last trainees (locked last by the programme-wide run): the old order deadlocked
            for (UUID enrolment : passed.subList(3, 6)) {
                work.add(() -> {
                    try {
                        return QuarkusTransaction.requiringNew()
                                .call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN).number);
                    } catch (ProblemException e) {
                        return e.problem().type().getPath();
                    }
                });
            }
            for (Future<String> outcome : pool.invokeAll(work)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).noneMatch(o -> o.contains("concurrent-modification"));
        for (UUID enrolment : passed) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> Certificate.count("enrolmentId", enrolment)))
                    .as("certificates of " + enrolment)
                    .isEqualTo(1);
        }
    }

    @Test
    @TestSecurity(user = "cert-holder", roles = "trainee")
    void aTraineeSeesOnlyTheirOwnCertificatesAndIssuesNone() {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        UUID mine = cohort.passed("cert-holder", "刘一");
        UUID theirs = cohort.passed(TrainingFixtures.unique("cert"), "刘二");
        Certificate own =
                QuarkusTransaction.requiringNew().call(() -> certificates.issue(mine, TrainingFixtures.ADMIN));
        Certificate other =
                QuarkusTransaction.requiringNew().call(() -> certificates.issue(theirs, TrainingFixtures.ADMIN));

        given().when()
                .get(CERTIFICATES + "/" + own.id)
                .then()
                .statusCode(200)
                .body("credential", equalTo(own.credential));
        given().when().get(CERTIFICATES + "/" + other.id).then().statusCode(404);
        given().queryParam("programmeId", cohort.programme())
                .when()
                .get(CERTIFICATES)
                .then()
                .body("items.id", contains(own.id.toString()));
        issue(theirs).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "无权撤销"))
                .when()
                .post(CERTIFICATES + "/" + other.id + "/revocation")
                .then()
                .statusCode(403);
    }

    private Certificate passedAndCertified(String name) {
        Cohort cohort = Cohort.taughtBy(TrainingFixtures.unique("cert-teacher"));
        UUID enrolment = cohort.passed(TrainingFixtures.unique("cert"), name);
        return QuarkusTransaction.requiringNew().call(() -> certificates.issue(enrolment, TrainingFixtures.ADMIN));
    }

    private static Response issue(UUID enrolment) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("enrolmentId", enrolment))
                .when()
                .post(CERTIFICATES);
    }

    private static boolean offlineCheck(PublicKey key, String header, String payload, String signature)
            throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(signature));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
