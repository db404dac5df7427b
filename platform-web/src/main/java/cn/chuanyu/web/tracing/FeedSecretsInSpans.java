package cn.chuanyu.web.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Masks a calendar feed's secret ({@link FeedSecrets}) in the attributes and name of every span as it starts, before
 * any exporter sees it: the HTTP server spans of the gateway and the services carry the request's path and URL, and a
 * trace collector is read by more people than the feed's owner. Quarkus adds every {@link SpanProcessor} bean to its
 * tracer provider.
 */
@ApplicationScoped
public class FeedSecretsInSpans implements SpanProcessor {

    /** The attributes that carry a request's path or URL: current HTTP semantic conventions and the older ones. */
    private static final List<AttributeKey<String>> PATHS = List.of(
            AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("http.target"),
            AttributeKey.stringKey("http.url"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : PATHS) {
            String value = span.getAttribute(key);
            String masked = FeedSecrets.masked(value);
            if (masked != null && !masked.equals(value)) {
                span.setAttribute(key, masked);
            }
        }
        String name = FeedSecrets.masked(span.getName());
        if (!name.equals(span.getName())) {
            span.updateName(name);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
