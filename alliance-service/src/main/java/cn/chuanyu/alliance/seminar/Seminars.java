package cn.chuanyu.alliance.seminar;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
        Seminar seminar = Seminar.record(request, caller.user(), clock.now());
        seminar.persist();
        outbox.publish(SeminarEvents.held(seminar));
        return seminar;
    }

    /** Latest first. */
    public List<Seminar> list() {
        return Seminar.list("order by heldOn desc");
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
