package cn.chuanyu.training.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The revocation lists of W3C Bitstring Status List v1.0: each certificate is given one bit when it is issued, and the
 * bit is set in the revocation's transaction, so the published list never disagrees with the registry. A list holds
 * 131,072 bits (16 KB, the spec's minimum: a verifier fetching the list learns nothing about which of that many
 * credentials it checks).
 */
@ApplicationScoped
public class StatusLists {

    public static final int BITS = 131_072;

    /**
     * Odd, so multiplying by it modulo 2^17 is a bijection: consecutive issues land far apart in the list, as the
     * spec's privacy considerations ask (an index must not tell the order of issue), and never on the same bit.
     */
    private static final long SCATTER = 0x9E3779B1L;

    private static final String CREATE_LIST = """
            insert into certificate_status_list (list, bits, version, updated_at)
            values (?1, decode(repeat('00', 16384), 'hex'), 0, now()) on conflict do nothing""";
    private static final String SET_BIT = """
            update certificate_status_list
            set bits = set_bit(bits, ?2, 1), version = version + 1, updated_at = now()
            where list = ?1""";

    private final EntityManager entityManager;

    StatusLists(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A certificate's bit: the list it is in and its index there (the credential's statusListIndex). */
    public record Entry(int list, int index) {}

    /** A list as published: its bits, and the version that changes with every bit set. */
    public record Snapshot(int list, byte[] bits, long version, Instant updatedAt) {}

    /** A fresh bit, in the issuing transaction; the list is created when its first bit is drawn. */
    Entry allocate() {
        long position = ((Number) entityManager
                        .createNativeQuery("select nextval('certificate_status_position')")
                        .getSingleResult())
                .longValue();
        var entry = new Entry((int) (position / BITS), (int) ((position % BITS) * SCATTER % BITS));
        entityManager
                .createNativeQuery(CREATE_LIST)
                .setParameter(1, entry.list())
                .executeUpdate();
        return entry;
    }

    /** Sets the entry's bit, in the revocation's transaction; the row lock orders concurrent revocations. */
    void revoke(Entry entry) {
        // PostgreSQL numbers a byte's bits from the right; the spec's index 0 is the left-most bit of the first byte
        int bit = entry.index() / 8 * 8 + 7 - entry.index() % 8;
        entityManager
                .createNativeQuery(SET_BIT)
                .setParameter(1, entry.list())
                .setParameter(2, bit)
                .executeUpdate();
    }

    /** The list as it stands, or null if no certificate was ever given a bit in it. */
    public Snapshot snapshot(int list) {
        List<?> rows = entityManager
                .createNativeQuery("select bits, version, updated_at from certificate_status_list where list = ?1")
                .setParameter(1, list)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Snapshot(list, (byte[]) row[0], ((Number) row[1]).longValue(), instant(row[2]));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }
}
