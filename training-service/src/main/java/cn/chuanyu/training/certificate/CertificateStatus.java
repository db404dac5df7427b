package cn.chuanyu.training.certificate;

/** What a verifier learns about a certificate. */
public enum CertificateStatus {
    VALID,
    /** past its last valid day */
    EXPIRED,
    /** revoked by the training base, whatever its dates */
    REVOKED
}
