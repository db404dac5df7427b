package cn.chuanyu.conference.paper;

import cn.chuanyu.web.problem.ProblemTexts.Term;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper's life: editable by its submitter only while SUBMITTED; review locks it; a decision ends it. */
@Schema(
        description = "A paper's state: SUBMITTED (its submitter may edit it), UNDER_REVIEW (assigned to an expert; "
                + "locked), ACCEPTED or REJECTED (decided by an organiser; final)",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"SUBMITTED": "已投稿", "UNDER_REVIEW": "评审中", "ACCEPTED": "已录用", "REJECTED": "未录用"},
                 "en": {"SUBMITTED": "Submitted", "UNDER_REVIEW": "Under review", "ACCEPTED": "Accepted",
                        "REJECTED": "Rejected"}}"""))
public enum PaperStatus {
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    REJECTED;

    /** The state as a word of a problem's detail, in the caller's language. */
    public Term term() {
        return new Term("status-" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
