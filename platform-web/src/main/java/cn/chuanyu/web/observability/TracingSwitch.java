package cn.chuanyu.web.observability;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is on exactly when there is somewhere to send the spans: the OpenTelemetry SDK runs only if
 * {@code CHUANYU_OTLP_ENDPOINT} ({@code chuanyu.otlp.endpoint}) is set. Unset, the SDK is disabled: no span is
 * recorded, no exporter runs, and nothing is logged about an unreachable collector. One variable switches it, instead
 * of an endpoint and a flag that must agree; an explicit {@code QUARKUS_OTEL_SDK_DISABLED} still wins (this source
 * ranks below application.properties and the environment).
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String ENDPOINT = "chuanyu.otlp.endpoint";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    /** Above the libraries' microprofile-config.properties (100), below application.properties (250). */
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(
                Map.of(SDK_DISABLED, String.valueOf(!configured(context.getValue(ENDPOINT)))),
                "chuanyu tracing switch (" + ENDPOINT + ")",
                ORDINAL));
    }

    private static boolean configured(ConfigValue endpoint) {
        return endpoint != null
                && endpoint.getValue() != null
                && !endpoint.getValue().isBlank();
    }
}
