package cn.chuanyu.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * A request body the strict reader refuses, with every field at fault and why (a key of the problem texts,
 * {@code detail.json-<reason>}). Jackson adds the path of the property being read as the failure travels up; the
 * unknown properties of a whole body carry their own paths.
 */
public class JsonRefusal extends JsonMappingException {

    /** A field at fault: {@code path} relative to where the failure was raised, {@code reason} a text key. */
    public record Fault(String path, String reason) {}

    private final transient List<Fault> faults;

    JsonRefusal(JsonParser parser, String reason) {
        super(parser, "refused: " + reason);
        this.faults = List.of(new Fault("", reason));
    }

    JsonRefusal(JsonParser parser, List<Fault> faults) {
        super(parser, "refused: " + faults);
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
