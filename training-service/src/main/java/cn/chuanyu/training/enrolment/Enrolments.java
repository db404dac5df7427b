package cn.chuanyu.training.enrolment;

import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Enrolment in a programme, within its capacity. Every change of who holds a place locks the programme's row first, so
 * concurrent enrolments and withdrawals are counted one after another and the capacity is never exceeded; the waiting
 * list is served in order of request.
 */
@ApplicationScoped
public class Enrolments {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Courses courses;
    private final TrainingClock clock;

    Enrolments(EntityManager entityManager, Outbox outbox, Courses courses, TrainingClock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.courses = courses;
        this.clock = clock;
    }

    /** A programme's places: how many are taken, free, and waited for. */
    @Schema(description = "A programme's places: capacity, taken, waited for and free")
    public record Places(
            @Schema(description = "the programme") UUID programmeId,

            @Schema(description = "how many trainees may hold a place", example = "170")
            int capacity,

            @Schema(description = "places taken (ENROLLED)", example = "168")
            long enrolled,

            @Schema(description = "trainees on the waiting list (WAITLISTED)", example = "0")
            long waitlisted,

            @Schema(description = "free places: capacity minus enrolled, never below 0", example = "2")
            long available) {}

    /** The trainee enrols themself: a place if one is free, else the end of the waiting list. */
    @Transactional
    public Enrolment enrol(EnrolRequest request, String trainee) {
        return enrol(lockedOpenProgramme(request.programmeId()), request, trainee, clock.now());
    }

    /**
     * Records an enrolment of a past cohort (a historical import, e.g. the demo's 2020 course): the same capacity rule
     * and events as {@link #enrol}, dated {@code requestedAt}, without the rule that an ended programme takes no
     * enrolments.
     */
    @Transactional
    public Enrolment importHistorical(EnrolRequest request, String trainee, Instant requestedAt) {
        TrainingProgramme programme = TrainingProgramme.findById(request.programmeId(), LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw ProblemException.notFound("programme", request.programmeId());
        }
        return enrol(programme, request, trainee, requestedAt);
    }

    private Enrolment enrol(TrainingProgramme programme, EnrolRequest request, String trainee, Instant now) {
        if (Enrolment.count(
                        "programmeId = ?1 and trainee = ?2 and status <> ?3",
                        programme.id,
                        trainee,
                        EnrolmentStatus.WITHDRAWN)
                > 0) {
            throw new ProblemException(Status.CONFLICT, "already-enrolled", "already-enrolled", programme.id);
        }
        long position = ((Number) entityManager
                        .createNativeQuery("select nextval('enrolment_queue')")
                        .getSingleResult())
                .longValue();
        boolean placeFree = freePlaces(programme) > 0;
        Enrolment enrolment = Enrolment.request(programme.id, request, trainee, position, placeFree, now);
        enrolment.persist();
        if (enrolment.status == EnrolmentStatus.ENROLLED) {
            outbox.publish(EnrolmentEvents.enrolled(enrolment, programme, false));
        }
        return enrolment;
    }

    /** The trainee (or an administrator) withdraws; a freed place goes to the first of the waiting list. */
    @Transactional
    public Enrolment withdraw(UUID id, Caller caller) {
        Enrolment enrolment = visible(id, caller);
        caller.requireAdminOr(enrolment.trainee, "withdraw-own-only");
        TrainingProgramme programme = lockedOpenProgramme(enrolment.programmeId);
        // the programme lock orders us after any concurrent change: read the enrolment as it is now
        entityManager.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        EnrolmentStatus previous = enrolment.withdraw(caller.user(), now);
        outbox.publish(EnrolmentEvents.withdrawn(enrolment, previous));
        if (previous == EnrolmentStatus.ENROLLED) {
            entityManager.flush();
            fillFreedPlaces(programme, now);
        }
        return enrolment;
    }

    /** An enrolment its trainee, an administrator or an instructor of the programme may see; 404 for anyone else. */
    public Enrolment visible(UUID id, Caller caller) {
        Enrolment enrolment = Enrolment.findById(id);
        if (enrolment == null || !canSee(enrolment, caller)) {
            throw ProblemException.notFound("enrolment", id);
        }
        return enrolment;
    }

    public boolean canSee(Enrolment enrolment, Caller caller) {
        return caller.admin()
                || caller.is(enrolment.trainee)
                || caller.instructor() && courses.teachesIn(caller.user(), enrolment.programmeId);
    }

    /**
     * Administrators list any enrolments; an instructor the rosters of the programmes they teach in (one of them with
     * {@code programmeId}, else all of them); a trainee only their own.
     */
    public PageOf<Enrolment> list(UUID programmeId, EnrolmentStatus status, Caller caller, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (programmeId != null) {
            where.add("programmeId = :programme");
            params.put("programme", programmeId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (caller.admin()) {
            // every roster
        } else if (caller.instructor() && programmeId == null) {
            where.add("programmeId in (select c.programmeId from Course c where c.instructorAccount = :instructor)");
            params.put("instructor", caller.user());
        } else if (!(caller.instructor() && courses.teachesIn(caller.user(), programmeId))) {
            if (!caller.trainee()) {
                throw ProblemException.forbidden("rosters-own-programmes");
            }
            where.add("trainee = :trainee");
            params.put("trainee", caller.user());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by queuePosition";
        PanacheQuery<Enrolment> results = Enrolment.find(query, params).page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }

    public Places places(UUID programmeId) {
        TrainingProgramme programme = TrainingProgramme.findById(programmeId);
        if (programme == null) {
            throw ProblemException.notFound("programme", programmeId);
        }
        long enrolled = count(programmeId, EnrolmentStatus.ENROLLED);
        return new Places(
                programmeId,
                programme.capacity,
                enrolled,
                count(programmeId, EnrolmentStatus.WAITLISTED),
                Math.max(0, programme.capacity - enrolled));
    }

    /** 1 for the first of the waiting list; null for an enrolment not waiting. */
    public Long waitingPosition(Enrolment enrolment) {
        if (enrolment.status != EnrolmentStatus.WAITLISTED) {
            return null;
        }
        return Enrolment.count(
                        "programmeId = ?1 and status = ?2 and queuePosition < ?3",
                        enrolment.programmeId,
                        EnrolmentStatus.WAITLISTED,
                        enrolment.queuePosition)
                + 1;
    }

    /** The trainee's current (not withdrawn) enrolment in the programme, if any. */
    public Enrolment activeOf(UUID programmeId, String trainee) {
        return Enrolment.find(
                        "programmeId = ?1 and trainee = ?2 and status <> ?3",
                        programmeId,
                        trainee,
                        EnrolmentStatus.WITHDRAWN)
                .firstResult();
    }

    private void fillFreedPlaces(TrainingProgramme programme, Instant now) {
        long free = freePlaces(programme);
        if (free == 0) {
            return;
        }
        List<Enrolment> next = Enrolment.<Enrolment>find(
                        "programmeId = ?1 and status = ?2 order by queuePosition",
                        programme.id,
                        EnrolmentStatus.WAITLISTED)
                .page(0, (int) free)
                .list();
        for (Enrolment waiting : next) {
            waiting.promote(now);
            outbox.publish(EnrolmentEvents.enrolled(waiting, programme, true));
        }
    }

    private TrainingProgramme lockedOpenProgramme(UUID programmeId) {
        TrainingProgramme programme = TrainingProgramme.findById(programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw ProblemException.notFound("programme", programmeId);
        }
        if (clock.today().isAfter(programme.endsOn)) {
            throw new ProblemException(
                    Status.CONFLICT, "programme-ended", "programme-ended", programmeId, programme.endsOn);
        }
        return programme;
    }

    private static long freePlaces(TrainingProgramme programme) {
        return Math.max(0, programme.capacity - count(programme.id, EnrolmentStatus.ENROLLED));
    }

    private static long count(UUID programmeId, EnrolmentStatus status) {
        return Enrolment.count("programmeId = ?1 and status = ?2", programmeId, status);
    }
}
