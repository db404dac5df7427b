package cn.chuanyu.conference.edition;

import cn.chuanyu.conference.kernel.ConferenceClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Conferences as the source page has them, with a call for papers open today or closed. */
public final class ConferenceFixtures {

    public static final String ORGANISER = "organiser";
    public static final String LIFE_SCIENCES = "life-sciences";
    public static final String ENERGY_MATERIALS = "energy-materials";
    /**
     * (name, edition) is unique: every fixture conference gets the next edition of this test JVM. The counter lives in
     * a system property, not a static field: a test profile restarts Quarkus, which loads this class again, while the
     * database keeps the conferences made before.
     */
    private static final String LAST_EDITION = "chuanyu.test.last-fixture-edition";

    private ConferenceFixtures() {}

    private static int nextEdition() {
        synchronized (System.getProperties()) {
            int next = Integer.getInteger(LAST_EDITION, 100) + 1;
            System.setProperty(LAST_EDITION, String.valueOf(next));
            return next;
        }
    }

    public static CreateConferenceRequest firstChuanyuConference(LocalDate callOpens, LocalDate callCloses) {
        return new CreateConferenceRequest(
                "首届川渝科技学术大会",
                nextEdition(),
                "成都",
                LocalDate.of(2020, 12, 10),
                LocalDate.of(2020, 12, 10),
                List.of("四川省科学技术协会", "重庆市科学技术协会"),
                List.of(new Track(LIFE_SCIENCES, "生命科学"), new Track(ENERGY_MATERIALS, "能源与材料")),
                callOpens,
                callCloses);
    }

    /**
     * The request as the contract has it, to send over HTTP: dates as ISO-8601 strings ({@code "2020-09-01"}). Sent as
     * is, the record would be written by RestAssured's own mapper, dates as arrays ({@code [2020,9,1]}), which the
     * strict request reader refuses as a malformed body.
     */
    public static Map<String, Object> json(CreateConferenceRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", request.name());
        body.put("edition", request.edition());
        body.put("city", request.city());
        body.put("startsOn", request.startsOn().toString());
        body.put("endsOn", request.endsOn().toString());
        body.put("organisers", request.organisers());
        body.put(
                "tracks",
                request.tracks().stream()
                        .map(t -> Map.of("code", t.code(), "name", t.name()))
                        .toList());
        body.put("callOpensOn", request.callOpensOn().toString());
        body.put("callClosesOn", request.callClosesOn().toString());
        return body;
    }

    /** A conference whose call for papers is open today (in China), created directly. */
    public static UUID withOpenCall() {
        LocalDate today = today();
        return create(firstChuanyuConference(today.minusDays(1), today.plusDays(1)));
    }

    /** A conference whose call for papers closed last week. */
    public static UUID withClosedCall() {
        LocalDate today = today();
        return create(firstChuanyuConference(today.minusDays(30), today.minusDays(7)));
    }

    /** The service's today, so that "open today" means what the call-for-papers check means. */
    private static LocalDate today() {
        return CDI.current().select(ConferenceClock.class).get().today();
    }

    private static UUID create(CreateConferenceRequest request) {
        Conferences conferences = CDI.current().select(Conferences.class).get();
        return QuarkusTransaction.requiringNew().call(() -> conferences.create(request, ORGANISER).id);
    }
}
