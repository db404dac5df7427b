package cn.chuanyu.alliance.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the work chain's steps. */
public final class WorkChainRequests {

    private WorkChainRequests() {}

    @Schema(example = """
            {"demandItemId": "5b0e8a52-3f7e-4c1a-9d53-1f0c2a7e6b10", "title": "动力电池回收技术联合攻关项目",
             "note": "根据成都高新区发布的需求立项"}""")
    public record Start(
            @NotNull UUID demandItemId,

            @Schema(description = "defaults to the demand's title") @Size(max = 200)
            String title,

            @Size(max = 2000) String note) {}

    @Schema(
            description =
                    "Exactly one of proposalItemId (a published resource or project of the board) and proposalOfferId "
                            + "(an active technology offer)",
            example = """
            {"proposalItemId": "0d6f1c2e-8a9b-4c3d-b2e1-7f6a5d4c3b2a", "note": "重庆高新区提供电池材料中试资源"}""")
    public record Collect(
            UUID proposalItemId,
            UUID proposalOfferId,
            @Size(max = 2000) String note) {}

    @Schema(example = """
            {"agreementDate": "2021-03-18",
             "parties": [{"name": "成都高新区管委会", "zone": "chengdu"}, {"name": "重庆高新区管委会", "zone": "chongqing"},
                         {"name": "重庆大学"}],
             "brokerCertificateNumber": "JSJJR-2020-0001", "note": "签约仪式在成都举行"}""")
    public record Sign(
            @NotNull LocalDate agreementDate,
            @NotNull @Size(min = 2, max = 20) List<@Valid @NotNull SigningParty> parties,
            @NotBlank @Size(max = 40) String brokerCertificateNumber,
            @Size(max = 2000) String note) {}

    @Schema(example = """
            {"heldOn": "2021-04-20", "participants": ["成都高新区 李主任", "重庆高新区 王处长", "重庆大学 张教授"],
             "minutes": "确定中试线选址，明确双方分工，下次会商定于六月。"}""")
    public record Consult(
            @NotNull LocalDate heldOn,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> participants,
            @NotBlank @Size(max = 20000) String minutes) {}

    @Schema(example = """
            {"title": "中试线建成投产", "dueOn": "2021-12-31"}""")
    public record MilestonePlan(
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate dueOn) {}

    @Schema(example = """
            {"milestones": [{"title": "完成技术方案论证", "dueOn": "2021-06-30"}, {"title": "中试线建成投产", "dueOn": "2021-12-31"}],
             "note": "进入合力推动阶段"}""")
    public record Promote(
            @NotEmpty @Size(max = 30) List<@Valid @NotNull MilestonePlan> milestones,
            @Size(max = 2000) String note) {}

    @Schema(example = """
            {"progress": 60, "note": "设备已到位，正在调试"}""")
    public record Progress(
            @NotNull @Min(0) @Max(100) Integer progress,
            @Size(max = 2000) String note) {}

    @Schema(example = """
            {"note": "中试线投产，项目目标全部达成"}""")
    public record Complete(@Size(max = 2000) String note) {}

    @Schema(example = """
            {"reason": "需求方已另行解决，双方协商终止"}""")
    public record Close(@NotBlank @Size(max = 2000) String reason) {}
}
