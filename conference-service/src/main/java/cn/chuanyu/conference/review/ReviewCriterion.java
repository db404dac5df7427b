package cn.chuanyu.conference.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of a conference's review form: scored from {@code min} to {@code max}, weighted in the tally. */
@Embeddable
@Schema(description = "A criterion of the review form", example = """
        {"key": "originality", "labelZh": "原创性", "labelEn": "Originality", "min": 1, "max": 5, "weight": 2,
         "required": true}""")
public record ReviewCriterion(
        @Schema(description = "the criterion's key; reviews score it under this key") @Column(name = "criterion_key")
        String key,

        @Schema(description = "the label in Chinese") @Column(name = "label_zh")
        String labelZh,

        @Schema(description = "the label in English") @Column(name = "label_en")
        String labelEn,

        @Schema(description = "the lowest score") @Column(name = "scale_min")
        int min,

        @Schema(description = "the highest score") @Column(name = "scale_max")
        int max,

        @Schema(description = "the criterion's weight in the tally's weighted score, 1 to 100")
        int weight,

        @Schema(description = "whether every review must score it")
        boolean required) {

    /** Where a score lies on the scale, 0 (lowest) to 1 (highest). */
    double position(int score) {
        return (double) (score - min) / (max - min);
    }

    boolean accepts(int score) {
        return score >= min && score <= max;
    }
}
