package cn.chuanyu.conference.manuscript;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.conference.paper.PaperFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Every manuscript test again with {@code store=s3} against a real S3-compatible server (S3Proxy): uploads, versions,
 * the refusals, the reviewer's stripped download; what is kept is read from the bucket with the AWS SDK.
 */
@QuarkusTest
@TestProfile(S3Store.class)
class ManuscriptOnS3Test extends ManuscriptTest {

    @Inject
    @ConfigProperty(name = "chuanyu.conference.manuscripts.s3.endpoint")
    URI endpoint;

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void theBucketKeepsTheManuscriptAndTheDiskOnlySpoolsIt() throws Exception {
        UUID paper = paper();
        byte[] manuscript = pdf(2);
        given().contentType("application/pdf")
                .body(manuscript)
                .when()
                .post("/api/conference/papers/" + paper + "/manuscripts")
                .then()
                .statusCode(201);

        assertThat(keptFor(paper).values()).singleElement().isEqualTo(manuscript);
        assertThat(Path.of("target/manuscripts", paper.toString())).doesNotExist();
    }

    /** The objects under the paper's prefix, listed and read with an S3 client of the test's own. */
    @Override
    Map<String, byte[]> keptFor(UUID paper) {
        try (S3Client s3 = S3ProxyServer.client(endpoint)) {
            Map<String, byte[]> kept = new HashMap<>();
            for (S3Object object : s3.listObjectsV2Paginator(
                            list -> list.bucket(S3ProxyServer.BUCKET).prefix(paper + "/"))
                    .contents()) {
                kept.put(
                        object.key(),
                        s3.getObjectAsBytes(
                                        get -> get.bucket(S3ProxyServer.BUCKET).key(object.key()))
                                .asByteArray());
            }
            return kept;
        }
    }
}
