package cn.chuanyu.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A request record as the contract says a client sends it: dates and times as ISO-8601 strings ({@code format: date},
 * {@code date-time}). RestAssured's own mapper writes them as numbers and arrays ({@code [2020,12,10]}), which the
 * platform's strict JSON reader rightly refuses as a malformed body.
 */
public final class RequestJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RequestJson() {}

    /** The request as JSON text, for RestAssured's {@code body(String)}. */
    public static String json(Object request) {
        try {
            return MAPPER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + request + " as JSON", e);
        }
    }
}
