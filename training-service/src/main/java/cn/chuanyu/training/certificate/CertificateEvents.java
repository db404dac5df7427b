package cn.chuanyu.training.certificate;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.Map;

/** The certificate facts this context publishes; their contracts are in event-contracts. */
public final class CertificateEvents {

    public static final String TOPIC = "chuanyu.training.certificates";
    public static final String ISSUED = "cn.chuanyu.training.certificate.issued.v1";
    public static final String REVOKED = "cn.chuanyu.training.certificate.revoked.v1";
    public static final String EXPIRING = "cn.chuanyu.training.certificate.expiring.v1";
    private static final String AGGREGATE = "certificate";

    private CertificateEvents() {}

    static OutgoingEvent issued(Certificate c) {
        return new OutgoingEvent(
                TOPIC,
                ISSUED,
                AGGREGATE,
                c.id.toString(),
                Map.of(
                        "certificateId",
                        c.id.toString(),
                        "certificateNumber",
                        c.number,
                        "holder",
                        Map.of("subject", c.holderSubject, "name", c.holderName),
                        "level",
                        c.level.name(),
                        "programmeId",
                        c.programmeId.toString(),
                        "issuedOn",
                        c.issuedOn.toString(),
                        "expiresOn",
                        c.expiresOn.toString()));
    }

    static OutgoingEvent revoked(Certificate c) {
        return new OutgoingEvent(
                TOPIC,
                REVOKED,
                AGGREGATE,
                c.id.toString(),
                Map.of(
                        "certificateId",
                        c.id.toString(),
                        "certificateNumber",
                        c.number,
                        "holder",
                        Map.of("subject", c.holderSubject, "name", c.holderName),
                        "revokedAt",
                        c.revokedAt.toString(),
                        "reason",
                        c.revocationReason));
    }

    static OutgoingEvent expiring(Certificate c, long daysLeft, Instant noticedAt) {
        return new OutgoingEvent(
                TOPIC,
                EXPIRING,
                AGGREGATE,
                c.id.toString(),
                Map.of(
                        "certificateId",
                        c.id.toString(),
                        "certificateNumber",
                        c.number,
                        "holder",
                        Map.of("subject", c.holderSubject, "name", c.holderName),
                        "level",
                        c.level.name(),
                        "programmeId",
                        c.programmeId.toString(),
                        "expiresOn",
                        c.expiresOn.toString(),
                        "daysLeft",
                        daysLeft,
                        "noticedAt",
                        noticedAt.toString()));
    }
}
