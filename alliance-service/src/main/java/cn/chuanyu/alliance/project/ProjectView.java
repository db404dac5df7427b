package cn.chuanyu.alliance.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project as the API shows it; the consultation minutes are read separately, by the project's zones. */
public record ProjectView(
        UUID id,
        String title,
        String leadZone,
        UUID demandItemId,
        Stage stage,
        String stageLabel,
        UUID proposalItemId,
        UUID proposalOfferId,
        List<String> partnerZones,
        LocalDate agreementDate,
        List<SigningParty> parties,
        Broker broker,
        LocalDate lastConsultedOn,
        Integer progress,
        List<MilestoneView> milestones,
        Instant createdAt,
        Instant stageChangedAt) {

    public record Broker(String certificateNumber, String name) {}

    public record MilestoneView(int position, String title, LocalDate dueOn, int progress, LocalDate doneOn) {
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
                p.partnerZones,
                p.agreementDate,
                p.parties,
                p.brokerCertificateNumber == null ? null : new Broker(p.brokerCertificateNumber, p.brokerName),
                p.lastConsultedOn,
                progress,
                milestones.stream().map(MilestoneView::of).toList(),
                p.createdAt,
                p.stageChangedAt);
    }
}
