package cn.chuanyu.alliance.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.chuanyu.testing.EventSchemas;
import cn.chuanyu.testing.TestEventProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Certificate events as the training context publishes them, checked against their contract, sent to the real broker.
 */
public final class CertificateEvents {

    public static final String TOPIC = "chuanyu.training.certificates";
    public static final String SOURCE = "/chuanyu/training-service";

    private CertificateEvents() {}

    /** A broker certified from {@code issuedOn} to {@code expiresOn}, on the alliance's roster once this returns. */
    public static String certify(TestEventProducer training, String name, LocalDate issuedOn, LocalDate expiresOn) {
        UUID certificate = UUID.randomUUID();
        String number = "JSJJR-" + certificate.toString().substring(0, 8).toUpperCase();
        training.sendCloudEvent(
                TOPIC,
                SOURCE,
                UUID.randomUUID().toString(),
                BrokerRoster.ISSUED,
                certificate.toString(),
                issued(certificate, number, name, issuedOn, expiresOn));
        awaitOnRoster(number);
        return number;
    }

    public static String certifiedToday(TestEventProducer training, String name) {
        return certify(
                training, name, LocalDate.now().minusDays(30), LocalDate.now().plusYears(3));
    }

    static String issued(UUID certificate, String number, String name, LocalDate issuedOn, LocalDate expiresOn) {
        return conforming(BrokerRoster.ISSUED, """
                {"certificateId": "%s", "certificateNumber": "%s", "holder": {"subject": "broker-%s", "name": "%s"},
                 "level": "PRIMARY", "programmeId": "%s", "issuedOn": "%s", "expiresOn": "%s"}""".formatted(
                        certificate, number, number.toLowerCase(), name, UUID.randomUUID(), issuedOn, expiresOn));
    }

    static String revoked(UUID certificate, String number, String reason) {
        String data = """
                {"certificateId": "%s", "certificateNumber": "%s", "revokedAt": "%s", "reason": "%s"}""";
        return conforming(BrokerRoster.REVOKED, data.formatted(certificate, number, Instant.now(), reason));
    }

    static CertifiedBroker awaitOnRoster(String number) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> QuarkusTransaction.requiringNew()
                                .call(() -> CertifiedBroker.<CertifiedBroker>find("certificateNumber", number)
                                        .firstResult()),
                        b -> b != null && b.issuedOn != null);
    }

    private static String conforming(String type, String data) {
        assertThat(EventSchemas.violations(type, data))
                .as("test event must honour the contract")
                .isEmpty();
        return data;
    }
}
