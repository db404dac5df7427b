package cn.chuanyu.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(2);

    @Test
    void onlyReadsWithoutABodyAreRetried() {
        MultiMap none = MultiMap.caseInsensitiveMultiMap();
        assertThat(policy.appliesTo(HttpMethod.GET, none)).isTrue();
        assertThat(policy.appliesTo(HttpMethod.HEAD, none)).isTrue();
        assertThat(policy.appliesTo(
                        HttpMethod.GET, MultiMap.caseInsensitiveMultiMap().add("Content-Length", "0")))
                .isTrue();
        assertThat(policy.appliesTo(
                        HttpMethod.GET, MultiMap.caseInsensitiveMultiMap().add("Content-Length", "12")))
                .isFalse();
        assertThat(policy.appliesTo(
                        HttpMethod.GET, MultiMap.caseInsensitiveMultiMap().add("Transfer-Encoding", "chunked")))
                .isFalse();
        for (HttpMethod write :
                new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            assertThat(policy.appliesTo(write, none)).as(write.name()).isFalse();
        }
        assertThat(new RetryPolicy(0).appliesTo(HttpMethod.GET, none)).isFalse();
    }

    @Test
    void aBrokenConnectionIsRetriedUpToTheLimitButATimeoutIsNot() {
        assertThat(policy.retries(0, new HttpClosedException("Connection was closed")))
                .isTrue();
        assertThat(policy.retries(1, new ConnectException("Connection refused")))
                .isTrue();
        assertThat(policy.retries(2, new ConnectException("Connection refused")))
                .isFalse();
        assertThat(policy.retries(0, new TimeoutException())).isFalse();
    }
}
