package cn.chuanyu.training.enrolment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A trainee's own enrolment in a programme", example = """
        {"programmeId": "4b1f6a2e-3c55-4a7e-9d0f-2f9c1a7b8e10", "name": "张三", "organisation": "重庆大学科技成果转化中心"}""")
public record EnrolRequest(
        @Schema(description = "the programme to enrol in; it must not have ended (days in Asia/Shanghai)") @NotNull
        UUID programmeId,

        @Schema(description = "your name as it is to be printed on the certificate") @NotBlank @Size(max = 100)
        String name,

        @Schema(description = "工作单位: your organisation; blank or absent for none") @Size(max = 200)
        String organisation) {}
