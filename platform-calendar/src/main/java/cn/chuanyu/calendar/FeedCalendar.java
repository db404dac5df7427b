package cn.chuanyu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed as RFC 5545 text through ical4j (which escapes, folds at 75 octets without splitting a UTF-8 character,
 * and writes China's VTIMEZONE from the tz database in its jar). Times are shown in Asia/Shanghai, where every date of
 * the programme is meant; whole-day events are DATE values.
 */
public final class FeedCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private FeedCalendar() {}

    /**
     * @param context the service's context, in PRODID (e.g. {@code training})
     * @param name the calendar's name clients show (X-WR-CALNAME)
     */
    public static String write(String context, String name, List<FeedEvent> events, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Chuanyu//" + context + "//ZH"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", CHINA.getId()));
        calendar.add(ZONES.getTimeZone(CHINA.getId()).getVTimeZone());
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        for (FeedEvent event : events) {
            calendar.add(vevent(event, stamp));
        }
        // unfolded, CRLF-terminated content lines (ical4j's own folding counts UTF-16 units: see fold)
        return fold(calendar.toString());
    }

    private static VEvent vevent(FeedEvent event, DtStamp stamp) {
        VEvent vevent = new VEvent(shown(event.start()), shown(event.end()), event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.replace(stamp);
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.sequence())));
        if (event.lastModified() != null) {
            vevent.add(new LastModified(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vevent.add(new Url(event.url()));
        }
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /**
     * RFC 5545 §3.1: content lines longer than 75 octets are folded (CRLF and a space), without splitting a UTF-8
     * sequence. ical4j's FoldingWriter counts UTF-16 units, so a line of Chinese would reach 219 octets, and it may
     * split a surrogate pair (a 𠮷 in a name), which UTF-8 cannot encode.
     */
    static String fold(String unfolded) {
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > 75) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static Temporal shown(Temporal time) {
        if (time instanceof Instant instant) {
            return ZonedDateTime.ofInstant(instant, CHINA);
        }
        if (time instanceof LocalDate) {
            return time;
        }
        throw new IllegalArgumentException("an instant or a day, not " + time.getClass());
    }
}
