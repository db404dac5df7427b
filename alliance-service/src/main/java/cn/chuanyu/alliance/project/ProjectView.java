package cn.chuanyu.alliance.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it; the consultation minutes are read separately, by the project's zones. */
@Schema(description = "A collaboration project on the work chain (工作链条)")
public record ProjectView(
        @Schema(description = "the project's id") UUID id,
        @Schema(description = "title") String title,

        @Schema(description = "code of the lead zone: the zone of the demand")
        String leadZone,

        @Schema(description = "the id of the board demand it started from")
        UUID demandItemId,

        @Schema(description = "the stage it is in") Stage stage,

        @Schema(description = "the stage's Chinese name, e.g. 签约共建")
        String stageLabel,

        @Schema(
                description = "the id of the board resource or project collected as its proposal; null when none is "
                        + "collected yet or the proposal is a technology offer",
                nullable = true)
        UUID proposalItemId,

        @Schema(
                description = "the id of the technology offer collected as its proposal; null when none is collected "
                        + "yet or the proposal is a board item",
                nullable = true)
        UUID proposalOfferId,

        @Schema(
                description = "the id of the accepted expression of interest in the demand collected as its "
                        + "proposal; null when none is collected yet or the proposal is another",
                nullable = true)
        UUID proposalInterestId,

        @Schema(description = "codes of the other zones taking part; empty when none")
        List<String> partnerZones,

        @Schema(description = "the agreement's date; null until signed", nullable = true)
        LocalDate agreementDate,

        @Schema(description = "the parties to the agreement; null until signed", nullable = true)
        List<PartyView> parties,

        @Schema(description = "the certified technology broker of the agreement; null until signed", nullable = true)
        Broker broker,

        @Schema(description = "the day of the latest consultation; null before the first", nullable = true)
        LocalDate lastConsultedOn,

        @Schema(
                description = "average progress of the milestones in percent (0 to 100); null without milestones",
                nullable = true)
        Integer progress,

        @Schema(description = "the milestones of joint promotion, by position; empty before it")
        List<MilestoneView> milestones,

        @Schema(description = "when it was started") Instant createdAt,
        @Schema(description = "when it last changed stage") Instant stageChangedAt) {

    @Schema(description = "The technology broker who signed, certified on the agreement day")
    public record Broker(
            @Schema(description = "the broker's certificate number, e.g. NTTB-2020-000001")
            String certificateNumber,

            @Schema(description = "the broker's name") String name) {}

    @Schema(description = "A party to the agreement")
    public record PartyView(
            @Schema(description = "the party's name, e.g. 成都高新区管委会")
            String name,

            @Schema(description = "the party's zone code; null for a party outside the zones", nullable = true)
            String zone) {}

    @Schema(description = "A milestone of joint promotion (合力推动)")
    public record MilestoneView(
            @Schema(description = "its position in the plan, from 1; what progress reports name")
            int position,

            @Schema(description = "title") String title,
            @Schema(description = "the day it is due") LocalDate dueOn,

            @Schema(description = "progress in percent, 0 to 100")
            int progress,

            @Schema(description = "the day it was reported done (100 %); null while open", nullable = true)
            LocalDate doneOn) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.position, m.title, m.dueOn, m.progress, m.doneOn);
        }
    }

    static ProjectView of(CollaborationProject p, List<Milestone> milestones) {
        Integer progress = milestones.isEmpty()
                ? null
                : (int) Math.round(
                        milestones.stream().mapToInt(m -> m.progress).average().orElse(0));
        return new ProjectView(
                p.id,
                p.title,
                p.leadZone,
                p.demandItemId,
                p.stage,
                p.stage.label,
                p.proposalItemId,
                p.proposalOfferId,
                p.proposalInterestId,
                p.partnerZones,
                p.agreementDate,
                p.parties == null
                        ? null
                        : p.parties.stream()
                                .map(party -> new PartyView(party.name(), party.zone()))
                                .toList(),
                p.brokerCertificateNumber == null ? null : new Broker(p.brokerCertificateNumber, p.brokerName),
                p.lastConsultedOn,
                progress,
                milestones.stream().map(MilestoneView::of).toList(),
                p.createdAt,
                p.stageChangedAt);
    }
}
