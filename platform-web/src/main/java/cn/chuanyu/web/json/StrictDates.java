package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads dates and times only from ISO-8601 strings (no epoch numbers, no arrays such as {@code [2020,12,10]}) with a
 * year from 0001 to 9999: what the document's {@code format: date}/{@code date-time} promise, and what PostgreSQL and
 * every client can hold.
 */
final class StrictDates<T> extends StdScalarDeserializer<T> {

    private final transient Function<String, T> parse;
    private final transient Function<T, Integer> year;

    private StrictDates(Class<T> type, Function<String, T> parse, Function<T, Integer> year) {
        super(type);
        this.parse = parse;
        this.year = year;
    }

    static final StrictDates<LocalDate> LOCAL_DATE = new StrictDates<>(
            LocalDate.class, t -> LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE), LocalDate::getYear);
    static final StrictDates<Instant> INSTANT = new StrictDates<>(
            Instant.class,
            t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .parse(t, OffsetDateTime::from)
                    .toInstant(),
            i -> i.atOffset(ZoneOffset.UTC).getYear());
    static final StrictDates<OffsetDateTime> OFFSET_DATE_TIME = new StrictDates<>(
            OffsetDateTime.class,
            t -> OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            OffsetDateTime::getYear);
    static final StrictDates<LocalDateTime> LOCAL_DATE_TIME = new StrictDates<>(
            LocalDateTime.class,
            t -> LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            LocalDateTime::getYear);
    static final StrictDates<LocalTime> LOCAL_TIME =
            new StrictDates<>(LocalTime.class, t -> LocalTime.parse(t, DateTimeFormatter.ISO_LOCAL_TIME), t -> 2000);

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        String text = parser.getText();
        if (!hasFourDigitYear(text)) { // java.time also reads "+002026-03-15"; RFC 3339 has four digits and no sign
            throw new JsonRefusal(parser, "date");
        }
        T value;
        try {
            value = parse.apply(text);
        } catch (DateTimeParseException e) {
            throw new JsonRefusal(parser, "date");
        }
        int y = year.apply(value);
        if (y < 1 || y > 9999) {
            throw new JsonRefusal(parser, "date");
        }
        return value;
    }

    private boolean hasFourDigitYear(String text) {
        if (handledType() == LocalTime.class) {
            return true;
        }
        if (text.length() < 5 || text.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
