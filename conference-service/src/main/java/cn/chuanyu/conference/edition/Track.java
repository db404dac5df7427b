package cn.chuanyu.conference.edition;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A track (discipline) of a conference, e.g. code {@code crop-genetics}, name 作物遗传育种. */
@Embeddable
@Schema(example = """
        {"code": "life-sciences", "name": "生命科学"}""")
public record Track(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,50}", message = "lower-case letters, digits and dashes")
        String code,

        @NotBlank @Size(max = 100) String name) {}
