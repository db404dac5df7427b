package cn.chuanyu.conference.edition;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A track (discipline) of a conference to create, e.g. code {@code crop-genetics}, name 作物遗传育种. */
@Embeddable
@Schema(description = "A track (discipline) of the conference to create", example = """
        {"code": "life-sciences", "name": "生命科学"}""")
public record Track(
        @Schema(description = "the track's code, unique within the conference: lower-case letters, digits, dashes")
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = "[a-z0-9-]{1,50}", message = "{cn.chuanyu.conference.track-code}")
        String code,

        @Schema(description = "the track's name as shown, e.g. 生命科学") @NotBlank @Size(max = 100)
        String name) {}
