package cn.chuanyu.conference.review;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's review form", example = """
        {"conferenceId": "3f2b8c1e-6d4a-4b7e-9c2d-1a5e7f9b3c6d", "custom": true, "version": 0,
         "criteria": [{"key": "originality", "labelZh": "原创性", "labelEn": "Originality", "min": 1, "max": 5,
                       "weight": 2, "required": true}]}""")
public record ReviewFormView(
        @Schema(description = "the conference") UUID conferenceId,

        @Schema(
                description = "false while the conference uses the default form (originality, significance, rigour, "
                        + "clarity: 1 to 5, weight 1, required)")
        boolean custom,

        @Schema(
                nullable = true,
                description = "the form's version, to send back when changing it; null for the " + "default form")
        Long version,

        @Schema(description = "the criteria, in form order") List<ReviewCriterion> criteria) {

    static ReviewFormView of(UUID conferenceId, ReviewForm form) {
        return form == null
                ? new ReviewFormView(conferenceId, false, null, ReviewForm.DEFAULT_CRITERIA)
                : new ReviewFormView(conferenceId, true, form.version, List.copyOf(form.criteria));
    }
}
