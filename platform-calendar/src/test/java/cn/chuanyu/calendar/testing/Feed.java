package cn.chuanyu.calendar.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A feed as a calendar app reads it (no token), parsed back with ical4j: the services' calendar tests share it through
 * platform-calendar's test jar.
 */
public record Feed(List<VEvent> events) {

    /** GETs the feed's URL on the service under test (RestAssured's base URI) and parses its body. */
    public static Feed read(URI url) {
        byte[] body = given().when()
                .get(url.getRawPath())
                .then()
                .statusCode(200)
                .contentType("text/calendar;charset=utf-8")
                .extract()
                .asByteArray();
        try {
            return new Feed(new CalendarBuilder()
                    .build(new StringReader(new String(body, StandardCharsets.UTF_8)))
                    .getComponents("VEVENT"));
        } catch (Exception unparsable) {
            throw new AssertionError("not iCalendar", unparsable);
        }
    }

    public List<String> uids() {
        return events.stream().map(event -> text(event, Property.UID)).toList();
    }

    public VEvent event(String uid) {
        return find(uid).orElseThrow(() -> new AssertionError("no event " + uid + " in " + uids()));
    }

    public Optional<VEvent> find(String uid) {
        return events.stream().filter(e -> text(e, Property.UID).equals(uid)).findFirst();
    }

    public static String text(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    /** A whole-day event's first day. */
    public static LocalDate day(VEvent event) {
        return (LocalDate) event.getDateTimeStart().orElseThrow().getDate();
    }

    /** A whole-day event's end: the day after its last day. */
    public static LocalDate endDay(VEvent event) {
        return (LocalDate) event.getDateTimeEnd().orElseThrow().getDate();
    }

    /** A timed event's start as a wall-clock time in China. */
    public static LocalDateTime startInChina(VEvent event) {
        Temporal start = event.getDateTimeStart().orElseThrow().getDate();
        return LocalDateTime.ofInstant(Instant.from(start), ZoneId.of("Asia/Shanghai"));
    }

    public static void assertSameEvents(Feed first, Feed second) {
        assertThat(second.uids()).containsExactlyElementsOf(first.uids());
    }
}
