package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;

/**
 * The fields a refused request body is at fault in, and why: a reason {@code r} is the problem text
 * {@code detail.json-r}. Empty when the body is not JSON at all (nothing to point at).
 */
public final class JsonFaults {

    private JsonFaults() {}

    public static List<JsonRefusal.Fault> of(JsonProcessingException failure) {
        if (!(failure instanceof JsonMappingException mapping)) {
            return List.of();
        }
        String base = path(mapping);
        if (failure instanceof JsonRefusal refusal) {
            return refusal.faults().stream()
                    .map(f -> new JsonRefusal.Fault(join(base, f.path()), f.reason()))
                    .toList();
        }
        if (base.isEmpty()) {
            return List.of();
        }
        return List.of(new JsonRefusal.Fault(base, reason(mapping)));
    }

    /**
     * Jackson's own refusals, told apart by what they are about. Its messages are the only place some of this is said;
     * the tests pin them, so a Jackson upgrade that rewords them fails there, not silently.
     */
    private static String reason(JsonMappingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException) {
                return "out-of-range";
            }
        }
        if (failure instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()
                && format.getValue() instanceof String text
                && !text.isEmpty()) {
            return "enum-value";
        }
        String message = String.valueOf(failure.getOriginalMessage());
        if (message.contains("out of range")) {
            return "out-of-range";
        }
        if (message.contains("Floating-point")) {
            return "fraction";
        }
        if (message.contains("Cannot map `null`")) {
            return "null";
        }
        return "wrong-type";
    }

    /** The path Jackson recorded, e.g. {@code authors[0].region}. */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : failure.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String join(String base, String tail) {
        if (base.isEmpty() || tail.isEmpty()) {
            return base + tail;
        }
        return tail.startsWith("[") ? base + tail : base + "." + tail;
    }
}
