package cn.chuanyu.alliance.seminar;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records seminars and reports, year by year, whether the charter's "at least one a year" was met. */
@ApplicationScoped
public class Seminars {

    /** The alliance was founded in 2020: the report starts there unless asked otherwise. */
    private static final int FIRST_YEAR = 2020;

    private final Outbox outbox;
    private final AllianceClock clock;

    Seminars(Outbox outbox, AllianceClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Recorded by the host zone's officers or the secretariat; every zone named must be one of the alliance's. */
    @Transactional
    public Seminar record(SeminarRequest request, Caller caller) {
        caller.requireActsFor(request.hostZone());
        Seminar.attending(request).forEach(Zone::require);
        LocalDate today = clock.today();
        if (request.heldOn().isAfter(today)) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-dates", "seminar-in-future", request.heldOn(), today);
        }
        Seminar seminar = Seminar.record(request, caller.user(), clock.now());
        seminar.persist();
        outbox.publish(SeminarEvents.held(seminar));
        return seminar;
    }

    /** Latest first. */
    public PageOf<Seminar> list(int page, int size) {
        var query = Seminar.<Seminar>find("order by heldOn desc, recordedAt desc, id")
                .page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /** From {@code from} (default 2020) to {@code to} (default this year), both inclusive. */
    public List<YearReport> report(Integer from, Integer to) {
        int first = from == null ? FIRST_YEAR : from;
        int last = to == null ? clock.today().getYear() : to;
        List<YearReport> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            long count = Seminar.count(
                    "heldOn >= ?1 and heldOn < ?2", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            years.add(new YearReport(year, count, count >= 1));
        }
        return years;
    }
}
