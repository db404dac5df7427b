package cn.chuanyu.alliance.project;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The steps of the work chain as data: from which stages each may be taken, to which stage it leads (null: the stage
 * stays), who may take it and what it needs. The API publishes this table.
 */
@Schema(
        description = "A step of the work chain",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"START": "立项", "COLLECT": "项目收集", "SIGN": "签约共建", "CONSULT": "定期会商",
                           "PROMOTE": "合力推动", "REPORT_PROGRESS": "进展更新", "COMPLETE": "完成", "CLOSE": "关闭"},
                 "en": {"START": "Start", "COLLECT": "Collect a proposal", "SIGN": "Sign", "CONSULT": "Consult",
                        "PROMOTE": "Promote jointly", "REPORT_PROGRESS": "Report progress", "COMPLETE": "Complete",
                        "CLOSE": "Close"}}"""))
public enum Step {
    START(
            "立项",
            EnumSet.noneOf(Stage.class),
            Stage.DEMAND_PUBLISHED,
            TakenBy.LEAD,
            "A project starts from a published demand (需求) of the lead zone; one open project per demand."),
    COLLECT(
            "项目收集",
            EnumSet.of(Stage.DEMAND_PUBLISHED),
            Stage.PROJECT_COLLECTED,
            TakenBy.LEAD,
            "Needs a proposal answering the demand: a published resource or project of the board, "
                    + "an active technology offer, or an accepted expression of interest in the demand."),
    SIGN(
            "签约共建",
            EnumSet.of(Stage.PROJECT_COLLECTED),
            Stage.SIGNED,
            TakenBy.LEAD,
            "Needs at least two parties, the agreement date (not in the future) "
                    + "and a technology broker certified today."),
    CONSULT(
            "定期会商",
            EnumSet.of(Stage.SIGNED, Stage.CONSULTING, Stage.JOINT_PROMOTION),
            Stage.CONSULTING,
            TakenBy.LEAD_OR_PARTNER,
            "Records a meeting: date (not before the agreement nor in the future), participants and minutes. "
                    + "The first moves a signed project to consultation; later ones keep the stage."),
    PROMOTE(
            "合力推动",
            EnumSet.of(Stage.CONSULTING),
            Stage.JOINT_PROMOTION,
            TakenBy.LEAD,
            "Needs at least one consultation (the project is in consultation) and the milestones to pursue."),
    REPORT_PROGRESS(
            "进展更新",
            EnumSet.of(Stage.JOINT_PROMOTION),
            null,
            TakenBy.LEAD_OR_PARTNER,
            "Updates a milestone's progress (0-100 %); 100 % marks it done."),
    COMPLETE("完成", EnumSet.of(Stage.JOINT_PROMOTION), Stage.COMPLETED, TakenBy.LEAD, "Needs every milestone done."),
    CLOSE(
            "关闭",
            EnumSet.of(
                    Stage.DEMAND_PUBLISHED,
                    Stage.PROJECT_COLLECTED,
                    Stage.SIGNED,
                    Stage.CONSULTING,
                    Stage.JOINT_PROMOTION),
            Stage.CLOSED,
            TakenBy.LEAD,
            "Ends an open project without completing it; needs a reason.");

    /** Who may take a step, besides the alliance secretariat who may take every step. */
    @Schema(
            description = "Who may take a step besides the secretariat: LEAD (officers of the lead zone) or "
                    + "LEAD_OR_PARTNER (officers of the lead zone or of a partner zone)",
            extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                    {"zh-CN": {"LEAD": "牵头高新区", "LEAD_OR_PARTNER": "牵头或合作高新区"},
                     "en": {"LEAD": "Lead zone", "LEAD_OR_PARTNER": "Lead or partner zone"}}"""))
    public enum TakenBy {
        /** officers of the project's lead zone */
        LEAD,
        /** officers of the lead zone or of a partner zone */
        LEAD_OR_PARTNER
    }

    public final String label;
    public final Set<Stage> from;
    public final Stage to;
    public final TakenBy takenBy;
    public final String needs;

    Step(String label, Set<Stage> from, Stage to, TakenBy takenBy, String needs) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.takenBy = takenBy;
        this.needs = needs;
    }

    /** Refuses the step from {@code stage}, naming the rule. */
    void requireAllowedFrom(Stage stage, Object project) {
        if (!from.contains(stage)) {
            throw new ProblemException(
                    Status.CONFLICT, "work-chain-rule", "rule-not-from-stage", name(), label, from, project, stage);
        }
    }

    /**
     * Refuses the step because something it needs is missing: {@code detail.<detailKey>} of the bundle names the rule
     * and what is missing.
     */
    ProblemException unmet(String detailKey, Object... args) {
        return new ProblemException(Status.CONFLICT, "work-chain-rule", detailKey, args);
    }
}
