package cn.chuanyu.launcher.fuzz;

import cn.chuanyu.launcher.fuzz.Attempt.Expected;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The invalid input, generated from each operation's own schema: values of the wrong JSON type, out of bounds, with
 * control characters, NUL, lone surrogates or line breaks where the text is one line, dates outside 0001–9999 or not
 * ISO 8601, unknown properties (the body); missing, null, malformed or mislabelled bodies (its shape); parameters their
 * schema refuses; hostile headers. Every generator shrinks towards the simplest case: the first property, the first
 * position, the smallest excess.
 */
final class Flaws {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "@@fuzz-marker@@";
    /** Names of texts a person edits in a textarea, where the document does not mark them itself. */
    private static final Pattern MULTI_LINE_NAME = Pattern.compile(
            "(?i).*(description|summary|abstract|comment|note|remark|minutes|reason|purpose|introduction|detail"
                    + "|citation|content|message|needs).*");

    private static final String LONG_WITHOUT_MAXIMUM = "a long text where the document states no maxLength";

    /** One property (or array element, or map value) of a body, and what its schema says. */
    record Slot(List<Object> path, JsonNode schema, boolean required, boolean element, boolean multiLine) {

        /** The path as the platform's problems name it: {@code authors[0].region}. */
        String display() {
            StringBuilder text = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    text.append(text.length() > 0 ? "." : "").append(segment);
                }
            }
            return text.toString();
        }
    }

    /** A wrong value in JSON text, and its kind. */
    record Flaw(String kind, String raw) {}

    private final ApiDocument document;
    private final boolean documentMarksMultiLine;
    private final String anyToken;

    Flaws(ApiDocument document, boolean documentMarksMultiLine, String anyToken) {
        this.document = document;
        this.documentMarksMultiLine = documentMarksMultiLine;
        this.anyToken = anyToken;
    }

    // ---- one wrong value in the body --------------------------------------------------------------------------

    /** Every property of the body, nested ones, array elements and map values included. */
    List<Slot> slots(Target target) {
        List<Slot> slots = new ArrayList<>();
        walk(document.resolve(target.operation().bodySchema()), new ArrayList<>(), false, false, slots, 0);
        return slots;
    }

    private void walk(JsonNode s, List<Object> path, boolean required, boolean element, List<Slot> out, int depth) {
        if (!path.isEmpty()) {
            out.add(new Slot(List.copyOf(path), s, required, element, multiLine(path, s)));
        }
        if (depth > 4) {
            return;
        }
        String type = ApiDocument.type(s);
        if (type.equals("object")) {
            Set<String> requiredNames = ApiDocument.required(s);
            for (Map.Entry<String, JsonNode> property : document.properties(s).entrySet()) {
                path.add(property.getKey());
                walk(property.getValue(), path, requiredNames.contains(property.getKey()), false, out, depth + 1);
                path.remove(path.size() - 1);
            }
            JsonNode values = document.mapValues(s);
            if (values != null) {
                path.add(document.mapKey(s));
                walk(values, path, false, false, out, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if (type.equals("array")) {
            path.add(0);
            walk(document.resolve(s.path("items")), path, true, true, out, depth + 1);
            path.remove(path.size() - 1);
        }
    }

    private boolean multiLine(List<Object> path, JsonNode s) {
        if (documentMarksMultiLine) {
            return s.path("x-multi-line").asBoolean();
        }
        String description = s.path("description").asText("");
        if (description.contains("may span lines") || description.contains("multi-line")) {
            return true; // what the document tells its readers: newlines are part of the value
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return MULTI_LINE_NAME.matcher(name).matches();
            }
        }
        return false;
    }

    /** A try that breaks one property of an otherwise valid body, or adds one the schema does not know. */
    Arbitrary<Attempt> bodyValue(Target target) {
        List<Slot> slots = slots(target);
        List<Tuple.Tuple2<Integer, Arbitrary<Attempt>>> choices = new ArrayList<>();
        if (!slots.isEmpty()) {
            choices.add(Tuple.of(
                    slots.size(),
                    Arbitraries.of(slots)
                            .flatMap(slot -> Arbitraries.oneOf(valueFlaws(slot, validAt(target, slot)))
                                    .map(flaw -> valueAttempt(target, slot, flaw)))));
        }
        choices.add(Tuple.of(Math.max(1, slots.size() / 6), unknownProperty(target, slots)));
        return Arbitraries.frequencyOf(choices);
    }

    private Attempt valueAttempt(Target target, Slot slot, Flaw flaw) {
        String body = bodyWith(target.baseBody(), slot.path(), flaw.raw());
        return new Attempt(
                target,
                flaw.kind(),
                "body " + slot.display(),
                flaw.raw(),
                Expected.NAMES_FIELD,
                slot.display(),
                target.path(),
                Attempt.headers(target, true, Map.of()),
                Attempt.utf8(body));
    }

    private Arbitrary<Attempt> unknownProperty(Target target, List<Slot> slots) {
        List<List<Object>> objects = new ArrayList<>();
        objects.add(List.of());
        for (Slot slot : slots) {
            if (ApiDocument.type(slot.schema()).equals("object") && document.mapValues(slot.schema()) == null) {
                objects.add(slot.path());
            }
        }
        return Arbitraries.of(objects).flatMap(at -> {
            JsonNode schema = at.isEmpty()
                    ? document.resolve(target.operation().bodySchema())
                    : slots.stream()
                            .filter(s -> s.path().equals(at))
                            .findFirst()
                            .orElseThrow()
                            .schema();
            Set<String> known = document.properties(schema).keySet();
            List<String> names = new ArrayList<>();
            known.stream().findFirst().ifPresent(first -> names.add(first + "x")); // a typo
            for (String name : List.of("id", "unknownProperty", "@class", "createdBy", "__proto__")) {
                if (!known.contains(name)) {
                    names.add(name);
                }
            }
            return Combinators.combine(Arbitraries.of(names), Arbitraries.of("1", "\"x\"", "null", "true", "{}", "[]"))
                    .as((name, raw) -> {
                        List<Object> path = new ArrayList<>(at);
                        path.add(name);
                        Slot slot = new Slot(path, schema, false, false, false);
                        String body = bodyWith(target.baseBody(), path, raw);
                        return new Attempt(
                                target,
                                "an unknown property",
                                "body " + slot.display(),
                                raw,
                                Expected.NAMES_FIELD,
                                slot.display(),
                                target.path(),
                                Attempt.headers(target, true, Map.of()),
                                Attempt.utf8(body));
                    });
        });
    }

    /** The valid value the base body has at the slot, else one built from its schema. */
    private JsonNode validAt(Target target, Slot slot) {
        JsonNode node = target.baseBody();
        for (Object segment : slot.path()) {
            node = node == null ? null : segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node != null && !node.isNull() ? node : document.sample(slot.schema());
    }

    /** The wrong values for one slot: every kind its schema makes wrong. */
    List<Arbitrary<Flaw>> valueFlaws(Slot slot, JsonNode valid) {
        JsonNode s = slot.schema();
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        if (!ApiDocument.nullable(s) && (slot.required() || slot.element())) {
            flaws.add(fixed(slot.element() ? "null for an array element" : "null for a required property", "null"));
        }
        String type = ApiDocument.type(s);
        List<String> constants = ApiDocument.enumValues(s);
        String format = s.path("format").asText();
        if (!constants.isEmpty()) {
            flaws.addAll(enumFlaws(constants));
        } else {
            switch (type) {
                case "string" -> {
                    switch (format) {
                        case "date" -> flaws.addAll(dateFlaws());
                        case "date-time" -> flaws.addAll(dateTimeFlaws());
                        case "uuid" -> flaws.addAll(uuidFlaws());
                        default -> flaws.addAll(textFlaws(s, valid.isTextual() ? valid.asText() : "模糊测试", slot));
                    }
                    if (format.equals("uuid") || format.startsWith("date")) {
                        flaws.add(Arbitraries.integers()
                                .between(0, 100_000)
                                .map(n -> flaw("a number for a " + format, n)));
                    }
                }
                case "integer" -> flaws.addAll(integerFlaws(s, valid));
                case "number" -> flaws.addAll(numberFlaws(s, valid));
                case "boolean" ->
                    flaws.add(Arbitraries.of("\"true\"", "\"false\"", "\"yes\"", "1", "0")
                            .map(raw -> new Flaw(
                                    raw.startsWith("\"") ? "a string for a boolean" : "a number for a boolean", raw)));
                case "array" -> flaws.addAll(arrayFlaws(s, valid));
                case "object" -> flaws.addAll(objectFlaws(s, valid));
                default -> {}
            }
        }
        if (!type.equals("object") && !type.equals("array") && !type.isEmpty()) {
            String scalar = raw(valid);
            flaws.add(Arbitraries.of("{}", "{\"value\":" + scalar + "}")
                    .map(raw -> new Flaw("an object for a scalar", raw)));
            flaws.add(Arbitraries.of("[]", "[" + scalar + "]").map(raw -> new Flaw("an array for a scalar", raw)));
        }
        return flaws;
    }

    private static List<Arbitrary<Flaw>> enumFlaws(List<String> constants) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        flaws.add(Arbitraries.integers().between(0, constants.size() + 2).map(n -> flaw("a number for an enum", n)));
        flaws.add(Arbitraries.of("NOT_A_CONSTANT", "", constants.get(0) + " ", " " + constants.get(0), "null")
                .map(v -> new Flaw("an unknown enum constant", quote(v))));
        String lower = constants.get(0).toLowerCase(Locale.ROOT);
        if (!constants.contains(lower)) {
            flaws.add(fixed("an enum constant in the wrong case", quote(lower)));
        }
        flaws.add(Arbitraries.of("true", "false").map(raw -> new Flaw("a boolean for an enum", raw)));
        return flaws;
    }

    private static List<Arbitrary<Flaw>> dateFlaws() {
        return List.of(
                Arbitraries.of(
                                "2026/03/15",
                                "15.03.2026",
                                "2026-3-5",
                                "20260315",
                                "2026-02-30",
                                "2026-13-01",
                                "March 15, 2026",
                                "2026-03-15T10:00:00",
                                "2026-03-15T10:00:00Z",
                                "")
                        .map(v -> new Flaw("a date not in ISO 8601 (yyyy-mm-dd)", quote(v))),
                Arbitraries.oneOf(
                                Arbitraries.integers().between(10_000, 999_999).map(y -> y + "-01-01"),
                                Arbitraries.integers().between(10_000, 999_999).map(y -> "+" + y + "-01-01"),
                                Arbitraries.of("0000-12-31", "-0001-01-01", "+002026-03-15"))
                        .map(v -> new Flaw("a date outside 0001–9999", quote(v))),
                Arbitraries.of("[2026,3,15]", "[2026,3]").map(raw -> new Flaw("an array for a date", raw)));
    }

    private static List<Arbitrary<Flaw>> dateTimeFlaws() {
        return List.of(
                Arbitraries.of(
                                "2026-03-15 10:00:00",
                                "2026-03-15T10:00:00",
                                "2026-03-15T25:00:00+08:00",
                                "15/03/2026 10:00",
                                "2026-03-15",
                                "")
                        .map(v -> new Flaw("a date-time not in RFC 3339", quote(v))),
                Arbitraries.oneOf(
                                Arbitraries.integers().between(10_000, 999_999).map(y -> y + "-01-01T00:00:00Z"),
                                Arbitraries.of(
                                        "+10000-01-01T00:00:00Z", "0000-12-31T00:00:00Z", "-0001-01-01T00:00:00Z"))
                        .map(v -> new Flaw("a date-time outside 0001–9999", quote(v))),
                Arbitraries.of("1773532800", "1773532800000", "1.7735328E9")
                        .map(raw -> new Flaw("a number for a date-time", raw)));
    }

    private static List<Arbitrary<Flaw>> uuidFlaws() {
        return List.of(Arbitraries.of(
                        "not-a-uuid",
                        "1234",
                        "1-2-3-4-5",
                        "00000000-0000-0000-0000-00000000000g",
                        "{00000000-0000-0000-0000-000000000001}",
                        "AAAAAAAAAAAAAAAAAAAAAA==",
                        "")
                .map(v -> new Flaw("a text that is not a UUID", quote(v))));
    }

    private List<Arbitrary<Flaw>> textFlaws(JsonNode s, String valid, Slot slot) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        flaws.add(Arbitraries.oneOf(
                        Arbitraries.integers().between(-1000, 1_000_000).map(String::valueOf),
                        Arbitraries.of("1.5", "-0.25", "1e3"))
                .map(raw -> new Flaw("a number for a string", raw)));
        flaws.add(Arbitraries.of("true", "false").map(raw -> new Flaw("a boolean for a string", raw)));
        if (s.has("maxLength")) {
            int max = s.path("maxLength").asInt();
            flaws.add(Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.of("x", "字"))
                    .as((excess, c) -> new Flaw("a text over maxLength " + max, quote(c.repeat(max + excess)))));
        } else {
            flaws.add(fixed(LONG_WITHOUT_MAXIMUM, quote("x".repeat(100_001))));
        }
        int minLength = s.path("minLength").asInt(0);
        List<String> tooShortOrUnmatched = new ArrayList<>();
        for (String candidate : List.of("", " ", "   ", "\\t")) {
            String text = candidate.replace("\\t", "\t");
            if (text.length() < minLength
                    || s.has("pattern")
                            && !ApiDocument.matches(s.path("pattern").asText(), text)) {
                tooShortOrUnmatched.add(text);
            }
        }
        if (!tooShortOrUnmatched.isEmpty()) {
            flaws.add(Arbitraries.of(tooShortOrUnmatched)
                    .map(text -> new Flaw("a blank text its pattern or minLength refuses", quote(text))));
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i <= valid.length(); i = i < valid.length() ? valid.offsetByCodePoints(i, 1) : i + 1) {
            positions.add(i);
        }
        List<String> controls = new ArrayList<>();
        for (int c = 1; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                controls.add(String.format("\\u%04x", c));
            }
        }
        controls.addAll(List.of("\\u007f", "\\u0085", "\\u009f"));
        flaws.add(inserted("a control character", valid, positions, Arbitraries.of(controls)));
        flaws.add(inserted("NUL", valid, positions, Arbitraries.of("\\u0000")));
        flaws.add(inserted(
                "an unpaired surrogate", valid, positions, Arbitraries.of("\\ud800", "\\udbff", "\\udc00", "\\udfff")));
        if (!slot.multiLine()) {
            flaws.add(inserted(
                    "a line break or tab in a one-line text",
                    valid,
                    positions,
                    Arbitraries.of("\\n", "\\r\\n", "\\r", "\\t")));
        }
        return flaws;
    }

    private static Arbitrary<Flaw> inserted(
            String kind, String valid, List<Integer> positions, Arbitrary<String> escapes) {
        return Combinators.combine(Arbitraries.of(positions), escapes)
                .as((at, escape) -> new Flaw(
                        kind, "\"" + unquoted(valid.substring(0, at)) + escape + unquoted(valid.substring(at)) + "\""));
    }

    private static List<Arbitrary<Flaw>> integerFlaws(JsonNode s, JsonNode valid) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        long base = valid.isIntegralNumber() ? valid.asLong() : 1;
        flaws.add(Arbitraries.of(".5", ".25", ".000001").map(f -> new Flaw("a fraction for an integer", base + f)));
        flaws.add(Arbitraries.of(String.valueOf(base), "1", "0x10", "")
                .map(v -> new Flaw("a string for an integer", quote(v))));
        flaws.add(Arbitraries.of("true", "false").map(raw -> new Flaw("a boolean for an integer", raw)));
        flaws.addAll(boundFlaws(s));
        List<String> overflow = s.path("format").asText().equals("int32")
                ? List.of("2147483648", "-2147483649", "4294967296", "99999999999999999999")
                : List.of("9223372036854775808", "-9223372036854775809", "1" + "0".repeat(30));
        flaws.add(Arbitraries.of(overflow).map(raw -> new Flaw("an integer beyond its format", raw)));
        return flaws;
    }

    private static List<Arbitrary<Flaw>> numberFlaws(JsonNode s, JsonNode valid) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        String base = valid.isNumber() ? valid.asText() : "1";
        flaws.add(Arbitraries.of(base, "1.5", "NaN", "Infinity", "")
                .map(v -> new Flaw("a string for a number", quote(v))));
        flaws.add(Arbitraries.of("true", "false").map(raw -> new Flaw("a boolean for a number", raw)));
        flaws.addAll(boundFlaws(s));
        if (s.has("multipleOf")) {
            BigDecimal step = s.get("multipleOf").decimalValue();
            BigDecimal start = valid.isNumber() ? valid.decimalValue() : BigDecimal.ONE;
            flaws.add(fixed(
                    "a number not a multiple of " + step.toPlainString(),
                    start.add(step.divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP))
                            .toPlainString()));
        }
        return flaws;
    }

    private static List<Arbitrary<Flaw>> boundFlaws(JsonNode s) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        if (s.has("minimum")) {
            BigDecimal minimum = s.get("minimum").decimalValue();
            flaws.add(Arbitraries.integers()
                    .between(1, 1000)
                    .map(k -> new Flaw(
                            "a number below minimum " + minimum.toPlainString(),
                            minimum.subtract(BigDecimal.valueOf(k)).toPlainString())));
        }
        if (s.has("maximum")) {
            BigDecimal maximum = s.get("maximum").decimalValue();
            flaws.add(Arbitraries.integers()
                    .between(1, 1000)
                    .map(k -> new Flaw(
                            "a number above maximum " + maximum.toPlainString(),
                            maximum.add(BigDecimal.valueOf(k)).toPlainString())));
        }
        if (s.path("exclusiveMinimum").isNumber()) {
            flaws.add(fixed(
                    "a number at its exclusiveMinimum",
                    s.get("exclusiveMinimum").asText()));
        }
        if (s.path("exclusiveMaximum").isNumber()) {
            flaws.add(fixed(
                    "a number at its exclusiveMaximum",
                    s.get("exclusiveMaximum").asText()));
        }
        return flaws;
    }

    private List<Arbitrary<Flaw>> arrayFlaws(JsonNode s, JsonNode valid) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        JsonNode element = valid.isArray() && !valid.isEmpty() ? valid.get(0) : document.sample(s.path("items"));
        String one = raw(element);
        if (s.has("maxItems")) {
            int max = s.path("maxItems").asInt();
            flaws.add(Arbitraries.integers()
                    .between(1, 5)
                    .map(excess -> new Flaw("an array over maxItems " + max, repeated(one, max + excess))));
        } else {
            int count = Math.max(2, Math.min(10_001, 600_000 / Math.max(1, one.length() + 1)));
            flaws.add(fixed("a long array where the document states no maxItems", repeated(one, count)));
        }
        if (s.path("minItems").asInt(0) > 0) {
            flaws.add(fixed("an array under minItems " + s.path("minItems").asInt(), "[]"));
        }
        if (s.path("uniqueItems").asBoolean()) {
            flaws.add(fixed("an array with duplicate items", repeated(one, 2)));
        }
        flaws.add(Arbitraries.of(one, "\"x\"", "1", "true").map(raw -> new Flaw("a single value for an array", raw)));
        flaws.add(fixed("an object for an array", "{}"));
        return flaws;
    }

    private List<Arbitrary<Flaw>> objectFlaws(JsonNode s, JsonNode valid) {
        List<Arbitrary<Flaw>> flaws = new ArrayList<>();
        flaws.add(Arbitraries.of("\"x\"", "1", "true").map(raw -> new Flaw("a scalar for an object", raw)));
        flaws.add(Arbitraries.of("[]", "[" + raw(valid) + "]").map(raw -> new Flaw("an array for an object", raw)));
        if (document.mapValues(s) != null && s.path("minProperties").asInt(0) > 0) {
            flaws.add(fixed("an empty map under minProperties", "{}"));
        }
        return flaws;
    }

    // ---- the body's shape ------------------------------------------------------------------------------------

    /** A try whose whole body is wrong: missing, empty, null, of the wrong JSON type, malformed, mislabelled. */
    Arbitrary<Attempt> bodyShape(Target target) {
        String valid = raw(target.baseBody());
        List<Arbitrary<Attempt>> choices = new ArrayList<>();
        if (target.operation().bodyRequired()) {
            choices.add(Arbitraries.just(shape(target, "no body", null, null, Expected.REFUSED)));
            choices.add(Arbitraries.of("", "null")
                    .map(body -> shape(
                            target,
                            body.isEmpty() ? "an empty body" : "JSON null for the body",
                            body,
                            target.operation().bodyType(),
                            Expected.BAD_REQUEST)));
        }
        choices.add(Arbitraries.of("[]", "\"text\"", "42", "true", "[" + valid + "]")
                .map(body -> shape(
                        target,
                        "the wrong JSON type for the body",
                        body,
                        target.operation().bodyType(),
                        Expected.BAD_REQUEST)));
        choices.add(malformed(valid)
                .map(variant -> shape(
                        target,
                        "malformed JSON",
                        variant[0],
                        variant[1],
                        target.operation().bodyType(),
                        Expected.BAD_REQUEST)));
        choices.add(Arbitraries.of(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=fuzz",
                        "application/octet-stream",
                        "text/html")
                .map(type -> shape(
                        target,
                        "a JSON body under a wrong Content-Type",
                        valid,
                        type,
                        Expected.UNSUPPORTED_MEDIA_TYPE)));
        choices.add(
                Arbitraries.just(shape(target, "a JSON body without a Content-Type", valid, null, Expected.REFUSED)));
        choices.add(Arbitraries.just(invalidUtf8(target, valid)));
        return Arbitraries.oneOf(choices);
    }

    /** Malformed variants of the valid body: [what is wrong, the body]. */
    private static Arbitrary<String[]> malformed(String valid) {
        List<Arbitrary<String[]>> choices = new ArrayList<>();
        if (valid.length() > 1) {
            choices.add(Arbitraries.integers().between(1, valid.length() - 1).map(cut ->
                    new String[] {"cut after " + cut + " characters", valid.substring(0, cut)}));
        }
        choices.add(Arbitraries.of("x", "}", "]", ",", " " + valid, "{}").map(garbage ->
                new String[] {"followed by " + Attempt.abbreviated(garbage, 20), valid + garbage}));
        List<String[]> fixed = new ArrayList<>(List.of(
                new String[] {"preceded by x", "x" + valid},
                new String[] {"a /* comment */", "/* fuzz */" + valid},
                new String[] {"a // comment", "// fuzz\n" + valid},
                new String[] {"single quotes", valid.replace('"', '\'')},
                new String[] {"unquoted names", valid.replaceAll("\"([A-Za-z_]\\w*)\":", "$1:")},
                new String[] {"a trailing comma", valid.substring(0, valid.length() - 1) + ",}"},
                new String[] {"a missing comma", "{\"a\":1 \"b\":2}"}));
        String withNaN = valid.replaceFirst(":(-?\\d+(\\.\\d+)?)([,}\\]])", ":NaN$3");
        if (!withNaN.equals(valid)) {
            fixed.add(new String[] {"NaN for a number", withNaN});
            fixed.add(new String[] {
                "a number with a leading zero", valid.replaceFirst(":(\\d+(\\.\\d+)?)([,}\\]])", ":0$1$3")
            });
        }
        choices.add(Arbitraries.of(fixed));
        return Arbitraries.oneOf(choices).filter(variant -> !variant[1].equals(valid));
    }

    private static Attempt shape(Target target, String flaw, String body, String contentType, Expected expected) {
        return shape(target, flaw, body == null ? "(none)" : body, body, contentType, expected);
    }

    private static Attempt shape(
            Target target, String flaw, String shown, String body, String contentType, Expected expected) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("Content-Type", contentType);
        return new Attempt(
                target,
                flaw,
                "body",
                shown,
                expected,
                null,
                target.path(),
                Attempt.headers(target, body != null, overrides),
                Attempt.utf8(body));
    }

    /** The valid body with bytes that are not UTF-8 inside its first text (or before it). */
    private static Attempt invalidUtf8(Target target, String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int at = valid.indexOf(":\"");
        int offset = at < 0 ? 0 : valid.substring(0, at + 2).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(bytes, 0, offset);
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        body.write(bytes, offset, bytes.length - offset);
        return new Attempt(
                target,
                "bytes that are not UTF-8",
                "body",
                "0xC3 0x28 0xFF at byte " + offset,
                Expected.BAD_REQUEST,
                null,
                target.path(),
                Attempt.headers(target, true, Map.of()),
                body.toByteArray());
    }

    // ---- parameters ----------------------------------------------------------------------------------------

    /** Whether the operation declares path, query or header parameters to break. */
    static boolean hasParameters(Target target) {
        return !target.operation().parameters().isEmpty();
    }

    /** A try with one parameter (path, query or header) its schema refuses, the rest of the request valid. */
    Arbitrary<Attempt> parameter(Target target) {
        List<ApiDocument.Parameter> parameters = target.operation().parameters();
        return Arbitraries.of(parameters).flatMap(p -> {
            JsonNode s = document.resolve(p.schema());
            List<String[]> values = invalidParameterValues(s, p.in().equals("header"));
            return Arbitraries.of(values).map(v -> parameterAttempt(target, p, v[0], v[1]));
        });
    }

    private Attempt parameterAttempt(Target target, ApiDocument.Parameter p, String kind, String value) {
        Map<String, String> pathOverrides = p.in().equals("path") ? Map.of(p.name(), value) : Map.of();
        Map<String, String> queryOverrides = p.in().equals("query") ? Map.of(p.name(), value) : Map.of();
        Map<String, String> headerOverrides = p.in().equals("header") ? Map.of(p.name(), value) : Map.of();
        boolean withBody = target.baseBody() != null;
        return new Attempt(
                target,
                kind,
                p.in() + " " + p.name(),
                value,
                Expected.REFUSED,
                p.name(),
                target.path(pathOverrides, queryOverrides),
                Attempt.headers(target, withBody, headerOverrides),
                withBody ? Attempt.utf8(raw(target.baseBody())) : null);
    }

    /** [kind, raw value] pairs the parameter's schema refuses; header values stay printable ASCII. */
    private static List<String[]> invalidParameterValues(JsonNode s, boolean header) {
        List<String[]> values = new ArrayList<>();
        List<String> constants = ApiDocument.enumValues(s);
        String type = ApiDocument.type(s);
        boolean uuid = s.path("format").asText().equals("uuid")
                || s.path("pattern").asText().contains("{8}-");
        if (uuid) {
            for (String v :
                    List.of("not-a-uuid", "1234", "99999999999999999999", "00000000-0000-0000-0000-0000000000g")) {
                values.add(new String[] {"a text that is not a UUID", v});
            }
        } else if (!constants.isEmpty()) {
            values.add(new String[] {"an unknown enum constant", "NOT_A_CONSTANT"});
            values.add(new String[] {"a number for an enum", "0"});
            String lower = constants.get(0).toLowerCase(Locale.ROOT);
            if (!constants.contains(lower)) {
                values.add(new String[] {"an enum constant in the wrong case", lower});
            }
        } else if (type.equals("integer") || type.equals("number")) {
            values.add(new String[] {"a text for a number", "abc"});
            if (type.equals("integer")) {
                values.add(new String[] {"a fraction for an integer", "1.5"});
            }
            values.add(new String[] {"a huge number", "99999999999999999999"});
            values.add(new String[] {
                "an integer beyond its format",
                s.path("format").asText().equals("int32") ? "2147483648" : "9223372036854775808"
            });
            if (s.has("minimum")) {
                values.add(new String[] {
                    "a number below its minimum",
                    s.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString()
                });
            }
            if (s.has("maximum")) {
                values.add(new String[] {
                    "a number above its maximum",
                    s.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString()
                });
            }
        } else if (type.equals("string")) {
            if (s.has("maxLength")) {
                values.add(new String[] {
                    "a text over maxLength", "x".repeat(s.path("maxLength").asInt() + 1)
                });
            }
            if (s.has("pattern") && !ApiDocument.matches(s.path("pattern").asText(), "!")) {
                values.add(new String[] {"a text its pattern refuses", "!"});
            }
        }
        if (!header && type.equals("string")) {
            values.add(new String[] {"a control character", "fuzz\u0001"});
            values.add(new String[] {"NUL", "fuzz\u0000"});
            values.add(new String[] {"a very long value (URI too long)", "x".repeat(5000)});
        }
        if (values.isEmpty()) {
            values.add(new String[] {"a very long value", "x".repeat(header ? 300 : 5000)});
        }
        return values;
    }

    // ---- hostile headers --------------------------------------------------------------------------------------

    /**
     * A try with a hostile header. A broken Authorization is sent with the otherwise valid request (it must be a 401);
     * the other headers ride on a request already wrong (a body of the wrong JSON type, else a path parameter that is
     * not one), so that whatever the platform makes of the header, nothing may be stored.
     */
    Arbitrary<Attempt> header(Target target) {
        String token = target.token() != null ? target.token() : anyToken;
        String[] parts = token.split("\\.");
        String unsigned = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + (parts.length > 1 ? parts[1] : "e30") + ".";
        // a signature character whose six bits all count: the last one of an RS256 signature carries two bits and
        // four padding bits, which lenient base64 decoders ignore (changing 'A' to 'B' there leaves the same signature)
        char inSignature = token.charAt(token.length() - 2);
        List<String> broken = new ArrayList<>(List.of(
                "Bearer",
                "Bearer ",
                "Bearer not.a.jwt",
                "Bearer " + token.substring(0, token.length() - 12),
                "Bearer " + token.substring(0, token.length() - 2) + (inSignature == 'A' ? 'B' : 'A')
                        + token.charAt(token.length() - 1),
                "Bearer " + unsigned,
                "Bearer " + token + " " + token));
        if (target.token() != null) { // a public operation may ignore a scheme other than Bearer
            broken.add("Basic " + Base64.getEncoder().encodeToString("researcher:researcher-pass".getBytes()));
            broken.add("Token " + token);
        }
        Arbitrary<Attempt> authorization = Arbitraries.of(broken)
                .map(value -> new Attempt(
                        target,
                        "a broken Authorization",
                        "header Authorization",
                        value,
                        Expected.UNAUTHENTICATED,
                        null,
                        target.path(),
                        Attempt.headers(target, target.baseBody() != null, Map.of("Authorization", value)),
                        target.baseBody() == null ? null : Attempt.utf8(raw(target.baseBody()))));
        Arbitrary<String[]> others = Arbitraries.oneOf(
                Arbitraries.of(300, 9000)
                        .map(n -> new String[] {"an over-long Idempotency-Key", "Idempotency-Key", "k".repeat(n)}),
                Arbitraries.of(
                                "xx-INVALID",
                                "*;q=2",
                                "en;q=abc",
                                "zh-CN;q=0.9,,,;",
                                "a-".repeat(150),
                                ";;;",
                                "tlh-Piqd")
                        .map(v -> new String[] {"a bad Accept-Language", "Accept-Language", v}),
                Arbitraries.of("r".repeat(300), "../../etc/passwd", "a b c", "%00")
                        .map(v -> new String[] {"a hostile X-Request-Id", "X-Request-Id", v}));
        Arbitrary<Attempt> riding = others.map(h -> ridingOnAWrongRequest(target, h[0], h[1], h[2]));
        return Arbitraries.frequencyOf(Tuple.of(1, authorization), Tuple.of(2, riding));
    }

    private Attempt ridingOnAWrongRequest(Target target, String flaw, String name, String value) {
        Map<String, String> overrides = Map.of(name, value);
        if (target.baseBody() != null) {
            return new Attempt(
                    target,
                    flaw,
                    "header " + name + " (body [])",
                    value,
                    Expected.REFUSED,
                    null,
                    target.path(),
                    Attempt.headers(target, true, overrides),
                    Attempt.utf8("[]"));
        }
        if (target.pathValues().isEmpty()) {
            return new Attempt(
                    target,
                    flaw,
                    "header " + name + " (body [])",
                    value,
                    Expected.REFUSED,
                    null,
                    target.path(),
                    Attempt.headers(target, true, overrides),
                    Attempt.utf8("[]"));
        }
        String first = target.pathValues().keySet().iterator().next();
        return new Attempt(
                target,
                flaw,
                "header " + name + " (path " + first + " not-a-uuid)",
                value,
                Expected.REFUSED,
                null,
                target.path(Map.of(first, "not-a-uuid"), Map.of()),
                Attempt.headers(target, false, overrides),
                null);
    }

    // ---- JSON text -------------------------------------------------------------------------------------------

    /** The base body with the raw JSON text at the path (containers on the way created as needed). */
    static String bodyWith(JsonNode base, List<Object> path, String raw) {
        JsonNode copy = base == null || !base.isContainerNode() ? JSON.createObjectNode() : base.deepCopy();
        JsonNode node = copy;
        for (int i = 0; i < path.size(); i++) {
            Object segment = path.get(i);
            boolean last = i == path.size() - 1;
            JsonNode next = last ? TextNode.valueOf(MARKER) : child(node, segment);
            if (next == null || !last && !next.isContainerNode()) {
                next = path.get(i + 1) instanceof Integer ? JSON.createArrayNode() : JSON.createObjectNode();
            }
            if (node instanceof ObjectNode object) {
                object.set((String) segment, next);
            } else if (node instanceof ArrayNode array) {
                int index = segment instanceof Integer n ? n : 0;
                if (index < array.size()) {
                    array.set(index, next);
                } else {
                    array.add(next);
                }
            }
            node = next;
        }
        return raw(copy).replace("\"" + MARKER + "\"", raw);
    }

    private static JsonNode child(JsonNode node, Object segment) {
        return segment instanceof Integer i ? node.get(i) : node.get((String) segment);
    }

    static String raw(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        return raw(TextNode.valueOf(text));
    }

    private static String unquoted(String text) {
        String quoted = quote(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String repeated(String element, int count) {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            array.append(i > 0 ? "," : "").append(element);
        }
        return array.append(']').toString();
    }

    private static Arbitrary<Flaw> fixed(String kind, String raw) {
        return Arbitraries.just(new Flaw(kind, raw));
    }

    private static Flaw flaw(String kind, Object raw) {
        return new Flaw(kind, String.valueOf(raw));
    }
}
