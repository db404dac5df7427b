package cn.chuanyu.conference.manuscript;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * The store chosen by {@code chuanyu.conference.manuscripts.store} when the service starts: {@code local} (the default,
 * so the embedded platform needs nothing) or {@code s3}. A run-time choice, so one image serves both.
 */
@ApplicationScoped
class ManuscriptStores {

    @Produces
    @ApplicationScoped
    ManuscriptStore store(ManuscriptSettings settings) {
        return switch (settings.store()) {
            case LOCAL -> new LocalManuscriptStore(settings.directory());
            case S3 -> {
                Log.infof(
                        "manuscripts are kept in the S3 bucket %s at %s",
                        settings.s3().bucket().orElse("?"),
                        settings.s3()
                                .endpoint()
                                .map(Object::toString)
                                .orElse("AWS S3, " + settings.s3().region()));
                yield S3ManuscriptStore.of(settings.s3());
            }
        };
    }

    void close(@Disposes ManuscriptStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
