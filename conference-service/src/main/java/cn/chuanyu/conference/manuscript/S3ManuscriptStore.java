package cn.chuanyu.conference.manuscript;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in a bucket of an S3-compatible store, one per key. An upload is sent from its spooled file with its length
 * (PutObject is all or nothing: a failed one leaves no object), a download is the response body, streamed.
 */
final class S3ManuscriptStore implements ManuscriptStore, AutoCloseable {

    private static final String PDF = "application/pdf";

    private final S3Client s3;
    private final String bucket;

    S3ManuscriptStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static S3ManuscriptStore of(ManuscriptSettings.S3 settings) {
        String bucket = settings.bucket()
                .orElseThrow(() -> new IllegalStateException(
                        "chuanyu.conference.manuscripts.store=s3 needs chuanyu.conference.manuscripts.s3.bucket"));
        return new S3ManuscriptStore(client(settings), bucket);
    }

    static S3Client client(ManuscriptSettings.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                // the JDK's HttpURLConnection: no second Netty beside Quarkus' nor Apache HttpClient on the class path
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                // every call bounded, retries included: a hanging store fails the upload, it does not hold a thread
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMinutes(2)))
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // the SDK's default CRC trailers (aws-chunked bodies) are not understood by every S3-compatible
                // server; integrity is ours anyway: the SHA-256 is recorded and checked by the tests
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(ManuscriptSettings.S3 settings) {
        if (settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId().get(), settings.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, Path file) {
        reachable(() -> s3.putObject(put -> put.bucket(bucket).key(key).contentType(PDF), RequestBody.fromFile(file)));
    }

    @Override
    public InputStream open(String key) {
        return reachable(() -> s3.getObject(get -> get.bucket(bucket).key(key)));
    }

    @Override
    public void delete(String key) {
        reachable(() -> s3.deleteObject(delete -> delete.bucket(bucket).key(key)));
    }

    /**
     * A store that does not answer (refused, timed out) or answers with a server error is unavailable: the client may
     * retry (503). Any other refusal (a missing object, a denied key) is the operators' to see (500).
     */
    private static <T> T reachable(Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkClientException e) {
            throw new ManuscriptStoreUnavailable(e);
        } catch (S3Exception e) {
            if (e.statusCode() >= 500) {
                throw new ManuscriptStoreUnavailable(e);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
