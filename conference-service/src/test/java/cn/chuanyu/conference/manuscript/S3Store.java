package cn.chuanyu.conference.manuscript;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The service with {@code chuanyu.conference.manuscripts.store=s3}, against S3Proxy. */
public class S3Store implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3ProxyServer.class));
    }
}
