package cn.chuanyu.conference.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's review form, replacing the one it has", example = """
        {"version": null, "criteria": [
          {"key": "originality", "labelZh": "原创性", "labelEn": "Originality", "min": 1, "max": 5, "weight": 2,
           "required": true},
          {"key": "relevance", "labelZh": "与川渝合作的相关性", "labelEn": "Relevance to the programme", "min": 0,
           "max": 10, "weight": 1, "required": false}]}""")
public record ReviewFormRequest(
        @Schema(
                nullable = true,
                description = "the version of the conference's own form you read; null when it has "
                        + "none yet (the default form)")
        Long version,

        @Schema(description = "the criteria, 1 to 20, in form order; keys unique") @NotEmpty @Size(max = 20)
        List<@Valid @NotNull Criterion> criteria) {

    @Schema(description = "A criterion of the form", example = """
            {"key": "originality", "labelZh": "原创性", "labelEn": "Originality", "min": 1, "max": 5, "weight": 2,
             "required": true}""")
    public record Criterion(
            @Schema(description = "the key reviews score it under: lower-case letters, digits and dashes, up to 50")
            @NotBlank
            @Size(max = 50)
            @Pattern(regexp = "[a-z][a-z0-9-]{0,49}", message = "{cn.chuanyu.conference.criterion-key}")
            String key,

            @Schema(description = "the label in Chinese, e.g. 原创性") @NotBlank @Size(max = 100)
            String labelZh,

            @Schema(description = "the label in English, e.g. Originality") @NotBlank @Size(max = 100)
            String labelEn,

            @Schema(description = "the lowest score, 0 to 100") @NotNull @Min(0) @Max(100)
            Integer min,

            @Schema(description = "the highest score, above min, at most 100") @NotNull @Min(1) @Max(100)
            Integer max,

            @Schema(description = "its weight in the weighted score, 1 to 100") @NotNull @Min(1) @Max(100)
            Integer weight,

            @Schema(description = "whether every review must score it") @NotNull
            Boolean required) {

        ReviewCriterion toCriterion() {
            return new ReviewCriterion(key, labelZh.strip(), labelEn.strip(), min, max, weight, required);
        }
    }
}
