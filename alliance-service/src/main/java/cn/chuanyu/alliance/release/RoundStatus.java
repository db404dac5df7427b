package cn.chuanyu.alliance.release;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection round is open for submissions, then closed, then published as a release (once, for good). */
@Schema(
        description = "OPEN: takes submissions; CLOSED: submissions fixed; PUBLISHED: released, immutable",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"OPEN": "征集中", "CLOSED": "已截止", "PUBLISHED": "已发布"},
                 "en": {"OPEN": "Open", "CLOSED": "Closed", "PUBLISHED": "Published"}}"""))
public enum RoundStatus {
    OPEN,
    CLOSED,
    PUBLISHED
}
