package cn.chuanyu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class FeedCalendarTest {

    private static final Instant NOW = Instant.parse("2020-12-01T08:00:00Z");

    @Test
    void timedEventsAreShownInChinasTimeWithChineseTextIntact() throws Exception {
        String longText = "川渝科技学术大会，吉𠮷a".repeat(20);
        var session = FeedEvent.timed(
                        "session-1@training.chuanyu.cn",
                        Instant.parse("2020-12-10T01:00:00Z"),
                        Instant.parse("2020-12-10T04:00:00Z"),
                        "技术转移政策与法规解读")
                .at("易智网总部基地 一号教室")
                .describedAs(longText)
                .linkedTo(URI.create("https://api.chuanyu.cn/api/training/courses/1"))
                .revision(3, Instant.parse("2020-12-02T08:00:00.123456Z"));

        String ics = FeedCalendar.write("training", "川渝培训课程", List.of(session), NOW);

        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "DTSTART;TZID=Asia/Shanghai:20201210T090000");
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("?");
        assertThat(ics.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo("-//Chuanyu//training//ZH");
        assertThat(parsed.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
        assertThat(text(event, Property.UID)).isEqualTo("session-1@training.chuanyu.cn");
        assertThat(text(event, Property.SUMMARY)).isEqualTo("技术转移政策与法规解读");
        assertThat(text(event, Property.LOCATION)).isEqualTo("易智网总部基地 一号教室");
        assertThat(text(event, Property.DESCRIPTION)).isEqualTo(longText);
        assertThat(text(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(text(event, Property.LAST_MODIFIED)).isEqualTo("20201202T080000Z");
        assertThat(text(event, Property.DTSTAMP)).isEqualTo("20201201T080000Z");
        assertThat(text(event, Property.STATUS)).isEqualTo("CONFIRMED");
        Temporal start = event.getDateTimeStart().orElseThrow().getDate();
        assertThat(Instant.from(start)).isEqualTo(Instant.parse("2020-12-10T01:00:00Z"));
        assertThat(ZonedDateTime.from(start).toLocalDateTime().toString()).isEqualTo("2020-12-10T09:00");
    }

    @Test
    void wholeDaysAreDatesWithAnExclusiveEndAndCancelledEventsSaySo() throws Exception {
        var days = FeedEvent.days(
                        "conference-1@conference.chuanyu.cn",
                        LocalDate.parse("2020-12-10"),
                        LocalDate.parse("2020-12-11"),
                        "首届川渝科技学术大会")
                .asCancelled();

        String ics = FeedCalendar.write("conference", "川渝学术大会", List.of(days), NOW);

        assertThat(ics).contains("DTSTART;VALUE=DATE:20201210", "DTEND;VALUE=DATE:20201212", "STATUS:CANCELLED");
        VEvent event = new CalendarBuilder()
                .build(new StringReader(ics))
                .<VEvent>getComponents("VEVENT")
                .get(0);
        assertThat(event.getDateTimeStart().orElseThrow().getDate()).isEqualTo(LocalDate.parse("2020-12-10"));
    }

    @Test
    void secretsAreLongRandomAndStoredOnlyAsTheirHash() {
        String secret = FeedSecret.generate();
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(FeedSecret.wellFormed(secret)).isTrue();
        assertThat(FeedSecret.generate()).isNotEqualTo(secret);
        assertThat(FeedSecret.hash(secret))
                .hasSize(64)
                .isEqualTo(FeedSecret.hash(secret))
                .doesNotContain(secret);
        assertThat(FeedSecret.wellFormed("../../etc")).isFalse();
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
