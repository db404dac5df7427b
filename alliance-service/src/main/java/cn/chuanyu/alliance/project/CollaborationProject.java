package cn.chuanyu.alliance.project;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.broker.CertifiedBroker;
import cn.chuanyu.alliance.interest.Interest;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A collaboration project of the alliance on its way along the work chain. Its stage changes only through
 * {@link #take}, which checks the step is allowed from the current stage.
 */
@Audited
@Entity
@Table(name = "collaboration_project")
public class CollaborationProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Column(name = "lead_zone")
    public String leadZone;

    @Column(name = "demand_item_id")
    public UUID demandItemId;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Column(name = "proposal_item_id")
    public UUID proposalItemId;

    @Column(name = "proposal_offer_id")
    public UUID proposalOfferId;

    /** The accepted expression of interest in the demand collected as the proposal, if that is what it is. */
    @Column(name = "proposal_interest_id")
    public UUID proposalInterestId;

    @Column(name = "partner_zones")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> partnerZones = new ArrayList<>();

    @Column(name = "agreement_date")
    public LocalDate agreementDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SigningParty> parties;

    @Column(name = "broker_certificate_number")
    public String brokerCertificateNumber;

    @Column(name = "broker_subject")
    public String brokerSubject;

    @Column(name = "broker_name")
    public String brokerName;

    @Column(name = "last_consulted_on")
    public LocalDate lastConsultedOn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "stage_changed_at")
    public Instant stageChangedAt;

    @Version
    public long version;

    static CollaborationProject start(String title, String leadZone, UUID demandItemId, String user, Instant now) {
        var project = new CollaborationProject();
        project.id = UUID.randomUUID();
        project.title = title;
        project.leadZone = leadZone;
        project.demandItemId = demandItemId;
        project.stage = Stage.DEMAND_PUBLISHED;
        project.createdBy = user;
        project.createdAt = now;
        project.stageChangedAt = now;
        return project;
    }

    /** Moves to the step's stage, if the step is allowed from here; returns the stage left. */
    Stage take(Step step, Instant now) {
        step.requireAllowedFrom(stage, id);
        Stage from = stage;
        if (step.to != null && step.to != stage) {
            stage = step.to;
            stageChangedAt = now;
        }
        return from;
    }

    /** The proposal is a board resource or project: its zone becomes a partner. */
    void collect(BoardItem proposal) {
        proposalItemId = proposal.id;
        addPartner(proposal.zoneCode);
    }

    /** The proposal is a technology offer of another context: no zone joins for it. */
    void collect(TechnologyOffer proposal) {
        proposalOfferId = proposal.id;
    }

    /** The proposal is an accepted interest in the demand: an officer's makes their zone a partner. */
    void collect(Interest proposal) {
        proposalInterestId = proposal.id;
        if (proposal.expresserZone != null) {
            addPartner(proposal.expresserZone);
        }
    }

    /** Signs for joint construction: the agreement, its parties (names stripped) and the broker certified today. */
    void recordAgreement(LocalDate date, List<SigningParty> signing, CertifiedBroker broker) {
        agreementDate = date;
        parties = signing.stream()
                .map(p -> new SigningParty(p.name().strip(), p.zone()))
                .toList();
        signing.stream().map(SigningParty::zone).filter(Objects::nonNull).forEach(this::addPartner);
        brokerCertificateNumber = broker.certificateNumber;
        brokerSubject = broker.holderSubject;
        brokerName = broker.holderName;
    }

    /** A zone taking part besides the lead; each is listed once. */
    private void addPartner(String zone) {
        if (!zone.equals(leadZone) && !partnerZones.contains(zone)) {
            List<String> partners = new ArrayList<>(partnerZones);
            partners.add(zone);
            partnerZones = partners;
        }
    }

    /** Consultations may be recorded late and out of order: the latest meeting counts. */
    void consulted(LocalDate heldOn) {
        if (lastConsultedOn == null || heldOn.isAfter(lastConsultedOn)) {
            lastConsultedOn = heldOn;
        }
    }

    boolean involves(String zone) {
        return leadZone.equals(zone) || partnerZones.contains(zone);
    }

    /** The day regular consultation is counted from: the last consultation, else the signing. */
    LocalDate lastContact() {
        return lastConsultedOn != null ? lastConsultedOn : agreementDate;
    }
}
