package cn.chuanyu.training.certificate;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a verifier learns about a certificate. */
@Schema(
        description = "What a verifier learns about a certificate: VALID until its last valid day, EXPIRED after "
                + "it (days in Asia/Shanghai), REVOKED by the training base whatever its dates",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "VALID": "有效",
                          "EXPIRED": "已过期",
                          "REVOKED": "已撤销"},
                         "en": {
                          "VALID": "Valid",
                          "EXPIRED": "Expired",
                          "REVOKED": "Revoked"}}"""))
public enum CertificateStatus {
    VALID,
    /** past its last valid day */
    EXPIRED,
    /** revoked by the training base, whatever its dates */
    REVOKED
}
