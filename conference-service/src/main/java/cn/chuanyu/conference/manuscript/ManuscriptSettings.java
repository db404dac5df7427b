package cn.chuanyu.conference.manuscript;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where manuscripts and camera-ready PDFs are kept and how large one may be (the service's HTTP body limit must be
 * above it).
 */
@ConfigMapping(prefix = "chuanyu.conference.manuscripts")
public interface ManuscriptSettings {

    /**
     * {@code local}: files under {@link #directory()}; {@code s3}: objects in an S3-compatible bucket ({@link #s3()}).
     */
    @WithDefault("local")
    Kind store();

    /**
     * Uploads are spooled here while they are hashed and checked (never held in memory); the local store also keeps its
     * files here, one subdirectory per paper. Created when missing.
     */
    @WithDefault("data/manuscripts")
    Path directory();

    /** The largest manuscript accepted; a larger upload gets 413 and nothing is kept. */
    @WithDefault("20M")
    MemorySize maxSize();

    S3 s3();

    enum Kind {
        LOCAL,
        S3
    }

    /** The S3-compatible object store, when {@code store=s3}. */
    interface S3 {

        /** e.g. {@code http://minio:9000}; absent: AWS S3 itself for the region. */
        Optional<URI> endpoint();

        /** AWS's region; S3-compatible servers mostly accept any, and sign requests with it. */
        @WithDefault("us-east-1")
        String region();

        /** The bucket, which must exist: the service never creates one. Required with {@code store=s3}. */
        Optional<String> bucket();

        /**
         * {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: what most S3-compatible servers
         * need.
         */
        @WithDefault("true")
        boolean pathStyle();

        /**
         * The access key; with the secret key from a secret (environment). Both absent: the AWS SDK's default chain
         * (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile file, container or instance credentials).
         */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();
    }
}
