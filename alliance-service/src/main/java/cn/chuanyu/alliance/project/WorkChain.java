package cn.chuanyu.alliance.project;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.broker.BrokerRoster;
import cn.chuanyu.alliance.broker.CertifiedBroker;
import cn.chuanyu.alliance.follow.Watchers;
import cn.chuanyu.alliance.interest.Interest;
import cn.chuanyu.alliance.interest.InterestStatus;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.offer.OfferStatus;
import cn.chuanyu.alliance.offer.TechnologyOffer;
import cn.chuanyu.alliance.project.WorkChainRequests.MilestonePlan;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes projects along the work chain. Every step locks the project, checks who takes it and that the {@link Step} is
 * allowed from the current stage and has what it needs, records the transition and publishes the stage change, all in
 * one transaction: concurrent steps on one project are serialised, and the second sees the stage the first left.
 */
@ApplicationScoped
public class WorkChain {

    private static final Set<Stage> AWAITING_CONSULTATION =
            Set.of(Stage.SIGNED, Stage.CONSULTING, Stage.JOINT_PROMOTION);

    private final Outbox outbox;
    private final Watchers watchers;
    private final BrokerRoster brokers;
    private final AllianceClock clock;
    private final int overdueDays;

    WorkChain(
            Outbox outbox,
            Watchers watchers,
            BrokerRoster brokers,
            AllianceClock clock,
            @ConfigProperty(name = "chuanyu.alliance.consultation-overdue-days", defaultValue = "90") int overdueDays) {
        this.outbox = outbox;
        this.watchers = watchers;
        this.brokers = brokers;
        this.clock = clock;
        this.overdueDays = overdueDays;
    }

    /** A project in regular consultation whose last contact is older than the allowed number of days. */
    public record Overdue(CollaborationProject project, LocalDate lastContact, long daysSince) {}

    @Transactional
    public CollaborationProject start(WorkChainRequests.Start request, Caller caller) {
        BoardItem demand = BoardItem.findById(request.demandItemId(), LockModeType.PESSIMISTIC_WRITE);
        if (demand == null) {
            throw ProblemException.notFound("board-item", request.demandItemId());
        }
        caller.requireActsFor(demand.zoneCode);
        if (demand.kind != BoardItemKind.DEMAND || demand.status != BoardItemStatus.PUBLISHED) {
            throw Step.START.unmet("rule-start-not-demand", demand.id, demand.status, demand.kind);
        }
        if (CollaborationProject.count(
                        "demandItemId = ?1 and stage not in ?2", demand.id, List.of(Stage.COMPLETED, Stage.CLOSED))
                > 0) {
            throw Step.START.unmet("rule-start-open-project", demand.id);
        }
        String title = request.title() == null || request.title().isBlank()
                ? demand.title
                : request.title().strip();
        CollaborationProject project =
                CollaborationProject.start(title, demand.zoneCode, demand.id, caller.user(), clock.now());
        project.persist();
        record(project, null, caller, request.note());
        return project;
    }

    @Transactional
    public CollaborationProject collect(UUID id, WorkChainRequests.Collect request, Caller caller) {
        CollaborationProject project = locked(id, Step.COLLECT, caller);
        if (Stream.of(request.proposalItemId(), request.proposalOfferId(), request.interestId())
                        .filter(Objects::nonNull)
                        .count()
                != 1) {
            throw new ProblemException(Status.BAD_REQUEST, "one-proposal", "one-proposal");
        }
        if (request.interestId() != null) {
            project.collect(acceptedInterest(request.interestId(), project));
        } else if (request.proposalItemId() != null) {
            BoardItem item = BoardItem.findById(request.proposalItemId());
            if (item == null || item.status != BoardItemStatus.PUBLISHED || item.kind == BoardItemKind.DEMAND) {
                throw Step.COLLECT.unmet("rule-collect-item", request.proposalItemId());
            }
            project.collect(item);
        } else {
            TechnologyOffer offer = TechnologyOffer.findById(request.proposalOfferId());
            if (offer == null || offer.status != OfferStatus.ACTIVE) {
                throw Step.COLLECT.unmet("rule-collect-offer", request.proposalOfferId());
            }
            project.collect(offer);
        }
        return move(project, Step.COLLECT, caller, request.note());
    }

    /** An interest in the project's demand that its zone accepted; locked, so that it is not withdrawn meanwhile. */
    private static Interest acceptedInterest(UUID id, CollaborationProject project) {
        Interest interest = Interest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (interest == null || !project.demandItemId.equals(interest.boardItemId)) {
            throw Step.COLLECT.unmet("rule-collect-interest-not-on-demand", id, project.demandItemId);
        }
        if (interest.status != InterestStatus.ACCEPTED && interest.status != InterestStatus.INTRODUCED) {
            throw Step.COLLECT.unmet("rule-collect-interest-not-accepted", id, interest.status);
        }
        return interest;
    }

    @Transactional
    public CollaborationProject sign(UUID id, WorkChainRequests.Sign request, Caller caller) {
        CollaborationProject project = locked(id, Step.SIGN, caller);
        LocalDate today = clock.today();
        if (request.agreementDate().isAfter(today)) {
            throw Step.SIGN.unmet("rule-sign-future", request.agreementDate(), today);
        }
        Set<String> names = new LinkedHashSet<>();
        for (SigningParty party : request.parties()) {
            if (!names.add(party.name().strip())) {
                throw Step.SIGN.unmet("rule-sign-party-twice", party.name().strip());
            }
            if (party.zone() != null) {
                Zone.require(party.zone());
            }
        }
        CertifiedBroker broker =
                brokers.requireCertified(request.brokerCertificateNumber().strip(), today);
        project.recordAgreement(request.agreementDate(), request.parties(), broker);
        return move(project, Step.SIGN, caller, request.note());
    }

    @Transactional
    public Consultation consult(UUID id, WorkChainRequests.Consult request, Caller caller) {
        CollaborationProject project = locked(id, Step.CONSULT, caller);
        if (request.heldOn().isAfter(clock.today()) || request.heldOn().isBefore(project.agreementDate)) {
            throw Step.CONSULT.unmet("rule-consult-date", request.heldOn(), project.agreementDate, clock.today());
        }
        Consultation consultation = Consultation.record(project, request, caller.user(), clock.now());
        consultation.persist();
        project.consulted(request.heldOn());
        move(project, Step.CONSULT, caller, "会商 " + request.heldOn());
        return consultation;
    }

    @Transactional
    public CollaborationProject promote(UUID id, WorkChainRequests.Promote request, Caller caller) {
        CollaborationProject project = locked(id, Step.PROMOTE, caller);
        List<MilestonePlan> plans = request.milestones();
        for (int i = 0; i < plans.size(); i++) {
            Milestone.plan(project, i + 1, plans.get(i)).persist();
        }
        return move(project, Step.PROMOTE, caller, request.note());
    }

    @Transactional
    public Milestone reportProgress(UUID id, int position, WorkChainRequests.Progress request, Caller caller) {
        CollaborationProject project = locked(id, Step.REPORT_PROGRESS, caller);
        Milestone milestone = Milestone.find("projectId = ?1 and position = ?2", project.id, position)
                .firstResult();
        if (milestone == null) {
            throw new ProblemException(Status.NOT_FOUND, "not-found", "milestone-not-found", position, id);
        }
        milestone.report(request.progress(), clock.today());
        return milestone;
    }

    @Transactional
    public CollaborationProject complete(UUID id, WorkChainRequests.Complete request, Caller caller) {
        CollaborationProject project = locked(id, Step.COMPLETE, caller);
        long open = Milestone.count("projectId = ?1 and doneOn is null", project.id);
        if (open > 0) {
            throw Step.COMPLETE.unmet("rule-complete-open-milestones", open);
        }
        return move(project, Step.COMPLETE, caller, request == null ? null : request.note());
    }

    @Transactional
    public CollaborationProject close(UUID id, WorkChainRequests.Close request, Caller caller) {
        return move(
                locked(id, Step.CLOSE, caller),
                Step.CLOSE,
                caller,
                request.reason().strip());
    }

    public CollaborationProject get(UUID id) {
        CollaborationProject project = CollaborationProject.findById(id);
        if (project == null) {
            throw ProblemException.notFound("project", id);
        }
        return project;
    }

    public List<ProjectTransition> history(UUID id) {
        get(id);
        return ProjectTransition.list("projectId = ?1 order by id", id);
    }

    public List<Milestone> milestones(UUID id) {
        return Milestone.list("projectId = ?1 order by position", id);
    }

    /** The milestones of several projects in one query (a listing page), by project. */
    public Map<UUID, List<Milestone>> milestones(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Milestone.<Milestone>list("projectId in ?1 order by position", ids).stream()
                .collect(Collectors.groupingBy(m -> m.projectId));
    }

    /** The minutes are for the project's zones and the secretariat. */
    public PageOf<Consultation> consultations(UUID id, Caller caller, int page, int size) {
        requireInvolved(get(id), caller);
        var query = Consultation.<Consultation>find("projectId = ?1 order by heldOn desc, recordedAt desc, id", id)
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /** Projects of a zone (lead or partner) and stage, most recently moved first; null means any. */
    public PageOf<CollaborationProject> list(String zone, Stage stage, int page, int size) {
        var query = CollaborationProject.<CollaborationProject>find(
                        "(:zone is null or leadZone = :zone or array_contains(partnerZones, :zone)) "
                                + "and (:stage is null or stage = :stage) order by stageChangedAt desc, id",
                        Parameters.with("zone", zone).and("stage", stage))
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /**
     * Projects without a consultation for more than the configured days, longest first; an officer sees their zone's.
     */
    public PageOf<Overdue> overdue(Caller caller, int page, int size) {
        LocalDate today = clock.today();
        String zone = caller.secretariat() ? null : caller.zone();
        var query = CollaborationProject.<CollaborationProject>find(
                        "stage in :stages and coalesce(lastConsultedOn, agreementDate) < :limit "
                                + "and (:zone is null or leadZone = :zone or array_contains(partnerZones, :zone)) "
                                + "order by coalesce(lastConsultedOn, agreementDate), id",
                        Parameters.with("stages", AWAITING_CONSULTATION)
                                .and("limit", today.minusDays(overdueDays))
                                .and("zone", zone))
                .page(page, size);
        List<Overdue> overdue = new ArrayList<>();
        for (CollaborationProject p : query.list()) {
            overdue.add(new Overdue(p, p.lastContact(), ChronoUnit.DAYS.between(p.lastContact(), today)));
        }
        return new PageOf<>(overdue, page, size, query.count());
    }

    public int overdueDays() {
        return overdueDays;
    }

    private CollaborationProject locked(UUID id, Step step, Caller caller) {
        CollaborationProject project = CollaborationProject.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ProblemException.notFound("project", id);
        }
        if (step.takenBy == Step.TakenBy.LEAD) {
            caller.requireActsFor(project.leadZone);
        } else {
            requireInvolved(project, caller);
        }
        step.requireAllowedFrom(project.stage, project.id);
        return project;
    }

    private static void requireInvolved(CollaborationProject project, Caller caller) {
        if (!caller.secretariat() && (caller.zone() == null || !project.involves(caller.zone()))) {
            throw ProblemException.forbidden(
                    "project-zones-only",
                    project.leadZone
                            + (project.partnerZones.isEmpty() ? "" : ", " + String.join(", ", project.partnerZones)));
        }
    }

    /** Takes the step; records and publishes it when the stage changed. */
    private CollaborationProject move(CollaborationProject project, Step step, Caller caller, String note) {
        Instant now = clock.now();
        Stage from = project.take(step, now);
        if (from != project.stage) {
            record(project, from, caller, note);
        }
        return project;
    }

    private void record(CollaborationProject project, Stage from, Caller caller, String note) {
        ProjectTransition transition = ProjectTransition.of(project, from, caller.user(), note);
        if (project.stage == Stage.PROJECT_COLLECTED) {
            // the collection cites the interest it answers, if any
            transition.interestId = project.proposalInterestId;
        }
        transition.persist();
        outbox.publish(ProjectEvents.stageChanged(project, transition));
        if (from != null) {
            watchers.projectStageChanged(
                    project.id, project.title, project.leadZone, from.name(), project.stage.name(), transition.at);
        }
    }
}
