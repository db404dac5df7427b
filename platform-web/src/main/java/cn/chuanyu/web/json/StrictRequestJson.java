package cn.chuanyu.web.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives Quarkus REST's JSON reader of request bodies the {@link StrictJson} copy of the application's mapper. A JAX-RS
 * provider, so it applies to REST bodies only: the CDI {@code ObjectMapper} the outbox and the inbox inject stays
 * Quarkus's own, tolerant of what other services' newer events add.
 */
@Provider
public class StrictRequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequestJson(ObjectMapper application) {
        this.strict = StrictJson.copyOf(application);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
