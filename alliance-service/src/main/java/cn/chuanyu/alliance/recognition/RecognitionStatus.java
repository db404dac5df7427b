package cn.chuanyu.alliance.recognition;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recognition is in force once recorded, until the recognising zone revokes it. */
@Schema(
        description = "RECOGNISED: in force; REVOKED: revoked by the recognising zone",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"RECOGNISED": "已认定", "REVOKED": "已撤销"},
                 "en": {"RECOGNISED": "Recognised", "REVOKED": "Revoked"}}"""))
public enum RecognitionStatus {
    RECOGNISED,
    REVOKED
}
