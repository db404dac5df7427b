package cn.chuanyu.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the strict reader of request bodies refuses, and the field and reason it names. */
class StrictJsonTest {

    enum Kind {
        OFFER,
        SEEK
    }

    record Author(String name, boolean corresponding) {}

    record Request(
            String title,
            @MultiLine String summary,
            @MultiLine List<String> keywords,
            Kind kind,
            int count,
            Long big,
            Boolean flag,
            LocalDate on,
            Instant at,
            OffsetDateTime when,
            UUID item,
            List<Author> authors) {}

    private static final ObjectMapper QUARKUS_LIKE = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ObjectMapper strict = StrictJson.copyOf(QUARKUS_LIKE);

    @Test
    void aValidBodyIsReadUnchangedChineseAndEmojiIncluded() throws Exception {
        Request read = strict.readValue("""
                {"title": "新型有机钾离子电池 🔋", "summary": "第一行\\n\\t第二行", "keywords": ["化学"],
                 "kind": "OFFER", "count": 3, "big": 9007199254740993, "flag": true, "on": "2020-12-10",
                 "at": "2020-12-24T08:00:00Z", "when": "2020-12-24T16:00:00+08:00",
                 "authors": [{"name": "郭超", "corresponding": true}]}""", Request.class);
        assertThat(read.title()).isEqualTo("新型有机钾离子电池 🔋");
        assertThat(read.summary()).isEqualTo("第一行\n\t第二行");
        assertThat(read.on()).isEqualTo(LocalDate.of(2020, 12, 10));
        assertThat(read.when().toInstant()).isEqualTo(Instant.parse("2020-12-24T08:00:00Z"));
        assertThat(read.authors()).containsExactly(new Author("郭超", true));
    }

    @Test
    void everyUnknownPropertyIsListedWithItsPath() {
        assertThat(faults("""
                        {"title": "t", "count": 1, "titel": "x", "extra": {"a": [1, 2]},
                         "authors": [{"name": "n", "corresponding": false, "nmae": "y"}], "kind": "SEEK"}"""))
                .containsExactlyInAnyOrder(
                        fault("titel", "unknown-property"),
                        fault("extra", "unknown-property"),
                        fault("authors[0].nmae", "unknown-property"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNotCoerced() {
        assertThat(faults("{\"title\": 12}")).containsExactly(fault("title", "wrong-type"));
        assertThat(faults("{\"title\": true}")).containsExactly(fault("title", "wrong-type"));
        assertThat(faults("{\"kind\": 0}")).containsExactly(fault("kind", "wrong-type"));
        assertThat(faults("{\"on\": 18000}")).containsExactly(fault("on", "wrong-type"));
        assertThat(faults("{\"on\": [2020, 12, 10]}")).containsExactly(fault("on", "wrong-type"));
        assertThat(faults("{\"at\": 1608796800}")).containsExactly(fault("at", "wrong-type"));
        assertThat(faults("{\"count\": \"3\"}")).containsExactly(fault("count", "wrong-type"));
        assertThat(faults("{\"big\": \"3\"}")).containsExactly(fault("big", "wrong-type"));
        assertThat(faults("{\"flag\": \"true\"}")).containsExactly(fault("flag", "wrong-type"));
        assertThat(faults("{\"title\": [\"t\"]}")).containsExactly(fault("title", "wrong-type"));
        assertThat(faults("{\"title\": {\"t\": 1}}")).containsExactly(fault("title", "wrong-type"));
        assertThat(faults("{\"keywords\": \"化学\"}")).containsExactly(fault("keywords", "wrong-type"));
        assertThat(faults("{\"kind\": \"\"}")).containsExactly(fault("kind", "wrong-type"));
    }

    @Test
    void numbersKeepTheirType() {
        assertThat(faults("{\"count\": 1.5}")).containsExactly(fault("count", "fraction"));
        assertThat(faults("{\"count\": 2147483648}")).containsExactly(fault("count", "out-of-range"));
        assertThat(faults("{\"big\": 9223372036854775808}")).containsExactly(fault("big", "out-of-range"));
        assertThat(faults("{\"count\": null}")).containsExactly(fault("count", "null"));
        assertThat(faults("{}")).as("an absent primitive is refused too").containsExactly(fault("count", "null"));
    }

    @Test
    void datesAreIsoStringsWithinTheYears0001To9999() {
        assertThat(faults("{\"on\": \"+10000-01-01\"}")).containsExactly(fault("on", "date"));
        assertThat(faults("{\"on\": \"0000-01-01\"}")).containsExactly(fault("on", "date"));
        assertThat(faults("{\"on\": \"2020/12/10\"}")).containsExactly(fault("on", "date"));
        assertThat(faults("{\"at\": \"+10000-01-01T00:00:00Z\"}")).containsExactly(fault("at", "date"));
        assertThat(faults("{\"when\": \"2020-12-24T16:00:00\"}")).containsExactly(fault("when", "date"));
        assertThat(faults("{\"on\": \"+002026-03-15\"}"))
                .as("java.time reads a signed, expanded year; RFC 3339's full-date has four digits")
                .containsExactly(fault("on", "date"));
        assertThat(faults("{\"at\": \"-02020-12-24T08:00:00Z\"}")).containsExactly(fault("at", "date"));
    }

    @Test
    void anIdIsAUuidInItsStandardFormOnly() throws Exception {
        assertThat(faults("{\"item\": \"AAAAAAAAAAAAAAAAAAAAAA==\", \"count\": 1}"))
                .as("Jackson alone reads 24 characters of base64 as a UUID")
                .containsExactly(fault("item", "uuid"));
        assertThat(faults("{\"item\": \"3f2b8c1e5d4a4b7e9c1f2a6d8e0b7c45\", \"count\": 1}"))
                .containsExactly(fault("item", "uuid"));
        assertThat(faults("{\"item\": \"1-2-3-4-5\", \"count\": 1}")).containsExactly(fault("item", "uuid"));
        assertThat(faults("{\"item\": 42, \"count\": 1}")).containsExactly(fault("item", "wrong-type"));
        String id = "3F2B8C1E-5d4a-4b7e-9c1f-2a6d8e0b7c45";
        assertThat(strict.readValue("{\"item\": \"" + id + "\", \"count\": 1}", Request.class)
                        .item())
                .isEqualTo(UUID.fromString(id));
    }

    @Test
    void anEnumValueIsOneOfTheConstantsExactly() throws Exception {
        assertThat(faults("{\"kind\": \"OFFER \"}")).containsExactly(fault("kind", "enum-value"));
        assertThat(faults("{\"kind\": \" SEEK\"}")).containsExactly(fault("kind", "enum-value"));
        assertThat(faults("{\"kind\": \"offer\"}")).containsExactly(fault("kind", "enum-value"));
        assertThat(faults("{\"kind\": \"BID\"}")).containsExactly(fault("kind", "enum-value"));
        assertThat(strict.readValue("{\"kind\": \"SEEK\", \"count\": 1}", Request.class)
                        .kind())
                .isEqualTo(Kind.SEEK);
    }

    @Test
    void textIsValidUnicodeWithoutControlCharacters() {
        assertThat(faults("{\"title\": \"a\\u0000b\"}")).containsExactly(fault("title", "nul"));
        assertThat(faults("{\"summary\": \"a\\u0007b\"}")).containsExactly(fault("summary", "control-character"));
        assertThat(faults("{\"title\": \"a\\u0085b\"}")).containsExactly(fault("title", "control-character"));
        assertThat(faults("{\"title\": \"a\\ud800b\"}")).containsExactly(fault("title", "unpaired-surrogate"));
        assertThat(faults("{\"title\": \"a\\udc00\"}")).containsExactly(fault("title", "unpaired-surrogate"));
        assertThat(faults("{\"authors\": [{\"name\": \"\\ud800\"}]}"))
                .containsExactly(fault("authors[0].name", "unpaired-surrogate"));
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineTexts() {
        assertThat(faults("{\"title\": \"a\\nb\"}")).containsExactly(fault("title", "line-break"));
        assertThat(faults("{\"title\": \"a\\tb\"}")).containsExactly(fault("title", "line-break"));
        assertThat(faults("{\"title\": \"a\\rb\"}")).containsExactly(fault("title", "line-break"));
        assertThat(faults("{\"keywords\": [\"a\\nb\"]}"))
                .as("the elements of a multi-line list are single-line")
                .containsExactly(fault("keywords[0]", "line-break"));
        assertThat(faults("{\"count\": 1, \"summary\": \"a\\r\\nb\\tc\"}")).isEmpty();
    }

    @Test
    void theApplicationMapperStaysTolerant() throws Exception {
        StrictJson.copyOf(QUARKUS_LIKE);
        assertThat(QUARKUS_LIKE
                        .readerFor(Author.class)
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue("{\"name\": 12, \"added\": 1}", Author.class))
                .isEqualTo(new Author("12", false));
    }

    private List<JsonRefusal.Fault> faults(String json) {
        try {
            strict.readValue(json, Request.class);
            return List.of();
        } catch (JsonProcessingException e) {
            return JsonFaults.of(e);
        }
    }

    private static JsonRefusal.Fault fault(String path, String reason) {
        return new JsonRefusal.Fault(path, reason);
    }
}
