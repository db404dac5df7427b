package cn.chuanyu.alliance.broker;

import static cn.chuanyu.alliance.broker.CertificateEvents.SOURCE;
import static cn.chuanyu.alliance.broker.CertificateEvents.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.chuanyu.testing.TestEventProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The broker roster from the training context's certificate events, over the real broker, each applied once. */
@QuarkusTest
class CertificateEventConsumptionTest {

    private static final String BROKERS = "/api/alliance/certified-brokers";
    private static TestEventProducer training;

    @BeforeAll
    static void connect() {
        training = TestEventProducer.create();
    }

    @AfterAll
    static void disconnect() {
        training.close();
    }

    @Test
    @TestSecurity(user = "secretariat", roles = "alliance-secretariat")
    void anIssuedCertificatePutsItsHolderOnTheRosterAndARevocationTakesThemOff() {
        String number = CertificateEvents.certifiedToday(training, "张技术经纪人");
        given().queryParam("size", 100)
                .when()
                .get(BROKERS)
                .then()
                .statusCode(200)
                .body("items.findAll { it.certificateNumber == '" + number + "' }.name", hasItem("张技术经纪人"));

        UUID certificate = QuarkusTransaction.requiringNew()
                .call(() -> CertifiedBroker.<CertifiedBroker>find("certificateNumber", number)
                        .firstResult()
                        .certificateId);
        training.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                BrokerRoster.REVOKED,
                certificate.toString(),
                CertificateEvents.revoked(certificate, number, "违反技术经纪人职业规范"));
        await().atMost(Duration.ofSeconds(30)).until(() -> revocationOf(number) != null);
        assertThat(revocationOf(number)).isEqualTo("违反技术经纪人职业规范");
        given().queryParam("size", 100)
                .when()
                .get(BROKERS)
                .then()
                .body("items.certificateNumber", not(hasItem(number)));
    }

    @Test
    void aRedeliveredIssueDoesNotUndoALaterRevocation() {
        UUID certificate = UUID.randomUUID();
        String number = "JSJJR-TWICE-" + certificate.toString().substring(0, 6);
        String issuedId = UUID.randomUUID().toString();
        String issued = CertificateEvents.issued(
                certificate,
                number,
                "李重复",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1));
        training.sendCloudEvent(TOPIC, SOURCE, issuedId, BrokerRoster.ISSUED, certificate.toString(), issued);
        training.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                BrokerRoster.REVOKED,
                certificate.toString(),
                CertificateEvents.revoked(certificate, number, "证书信息有误"));
        // the issue again with its id, as after a producer retry; then a marker in the same partition (same key)
        training.sendCloudEvent(
                TOPIC,
                SOURCE,
                issuedId,
                BrokerRoster.ISSUED,
                certificate.toString(),
                CertificateEvents.issued(
                        certificate,
                        number,
                        "李重复（改名）",
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusYears(1)));
        UUID marker = UUID.randomUUID();
        String markerNumber = "JSJJR-MARK-" + marker.toString().substring(0, 6);
        training.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                BrokerRoster.ISSUED,
                certificate.toString(),
                CertificateEvents.issued(
                        marker,
                        markerNumber,
                        "标记",
                        LocalDate.now(),
                        LocalDate.now().plusYears(1)));

        CertificateEvents.awaitOnRoster(markerNumber);
        CertifiedBroker broker = QuarkusTransaction.requiringNew()
                .call(() -> CertifiedBroker.<CertifiedBroker>find("certificateNumber", number)
                        .firstResult());
        assertThat(broker.holderName).as("the redelivery was not applied again").isEqualTo("李重复");
        assertThat(broker.revokedAt).isNotNull();
        assertThat(broker.certifiedOn(LocalDate.now())).isFalse();
    }

    private static String revocationOf(String number) {
        return QuarkusTransaction.requiringNew()
                .call(() -> CertifiedBroker.<CertifiedBroker>find("certificateNumber", number)
                        .firstResult()
                        .revocationReason);
    }
}
