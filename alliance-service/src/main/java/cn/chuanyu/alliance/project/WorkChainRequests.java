package cn.chuanyu.alliance.project;

import cn.chuanyu.alliance.kernel.DateWithin;
import cn.chuanyu.web.json.MultiLine;
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

    private static final String NOTE = "a note recorded with the step; may span lines; absent: none";

    private WorkChainRequests() {}

    @Schema(description = "A project to start from a published demand", example = """
            {"demandItemId": "5b0e8a52-3f7e-4c1a-9d53-1f0c2a7e6b10", "title": "动力电池回收技术联合攻关项目",
             "note": "根据成都高新区发布的需求立项"}""")
    public record Start(
            @Schema(description = "the id of a published demand of the board; one open project per demand") @NotNull
            UUID demandItemId,

            @Schema(description = "the project's title, one line; absent or blank: the demand's title", nullable = true)
            @Size(max = 200)
            String title,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(
            description = "Exactly one of proposalItemId (a published resource or project of the board), "
                    + "proposalOfferId (an active technology offer) and interestId (an accepted expression of interest "
                    + "in the project's demand)",
            example = """
            {"proposalItemId": "0d6f1c2e-8a9b-4c3d-b2e1-7f6a5d4c3b2a", "proposalOfferId": null, "interestId": null,
             "note": "重庆高新区提供电池材料中试资源"}""")
    public record Collect(
            @Schema(description = "the id of a published resource or project of the board", nullable = true)
            UUID proposalItemId,

            @Schema(description = "the id of an active technology offer (see the offers)", nullable = true)
            UUID proposalOfferId,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note,

            @Schema(
                    description = "the id of an expression of interest in the project's demand that its zone accepted "
                            + "(ACCEPTED, or INTRODUCED through a broker): the expresser's answer is the proposal; "
                            + "an officer's interest makes their zone a partner",
                    nullable = true)
            UUID interestId) {

        /** A proposal from the board or an offer, without an interest. */
        public Collect(UUID proposalItemId, UUID proposalOfferId, String note) {
            this(proposalItemId, proposalOfferId, note, null);
        }
    }

    @Schema(description = "The agreement of joint construction (签约共建)", example = """
            {"agreementDate": "2021-03-18",
             "parties": [{"name": "成都高新区管委会", "zone": "chengdu"}, {"name": "重庆高新区管委会", "zone": "chongqing"},
                         {"name": "重庆大学", "zone": null}],
             "brokerCertificateNumber": "NTTB-2020-000001", "note": "签约仪式在成都举行"}""")
    public record Sign(
            @Schema(description = "the agreement's date: not after today (Asia/Shanghai), from 2020-01-01")
            @NotNull
            @DateWithin
            LocalDate agreementDate,

            @Schema(description = "the parties, 2 to 20, each named once") @NotNull @Size(min = 2, max = 20)
            List<@Valid @NotNull SigningParty> parties,

            @Schema(
                    description = "the certificate number of a technology broker certified today (Asia/Shanghai) on "
                            + "the roster (see certified-brokers), e.g. NTTB-2020-000001")
            @NotBlank
            @Size(max = 40)
            String brokerCertificateNumber,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(description = "A regular consultation (定期会商) held", example = """
            {"heldOn": "2021-04-20", "participants": ["成都高新区 李主任", "重庆高新区 王处长", "重庆大学 张教授"],
             "minutes": "确定中试线选址，明确双方分工，下次会商定于六月。"}""")
    public record Consult(
            @Schema(description = "the meeting's day: from the agreement date to today (Asia/Shanghai)")
            @NotNull
            @DateWithin
            LocalDate heldOn,

            @Schema(description = "who took part, 1 to 50, one line each") @NotEmpty @Size(max = 50)
            List<@NotBlank @Size(max = 100) String> participants,

            @Schema(description = "the minutes; may span lines") @NotBlank @Size(max = 20000) @MultiLine
            String minutes) {}

    @Schema(description = "A milestone to pursue", example = """
            {"title": "中试线建成投产", "dueOn": "2021-12-31"}""")
    public record MilestonePlan(
            @Schema(description = "title, one line") @NotBlank @Size(max = 200)
            String title,

            @Schema(description = "the day it is due (2020-01-01 to 2100-12-31)") @NotNull @DateWithin
            LocalDate dueOn) {}

    @Schema(description = "Joint promotion (合力推动) and its milestones", example = """
            {"milestones": [{"title": "完成技术方案论证", "dueOn": "2021-06-30"}, {"title": "中试线建成投产", "dueOn": "2021-12-31"}],
             "note": "进入合力推动阶段"}""")
    public record Promote(
            @Schema(description = "the milestones, 1 to 30, in order: position 1 first") @NotEmpty @Size(max = 30)
            List<@Valid @NotNull MilestonePlan> milestones,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(description = "A milestone's progress", example = """
            {"progress": 60, "note": "设备已到位，正在调试"}""")
    public record Progress(
            @Schema(description = "progress in percent, 0 to 100; 100 marks the milestone done")
            @NotNull
            @Min(0)
            @Max(100)
            Integer progress,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(description = "The completion of a project; send {} for no note", example = """
            {"note": "中试线投产，项目目标全部达成"}""")
    public record Complete(
            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(description = "The closure of an open project", example = """
            {"reason": "需求方已另行解决，双方协商终止"}""")
    public record Close(
            @Schema(description = "why it is closed; may span lines") @NotBlank @Size(max = 2000) @MultiLine
            String reason) {}
}
