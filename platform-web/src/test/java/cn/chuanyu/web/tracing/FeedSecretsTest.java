package cn.chuanyu.web.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a calendar feed's secret is masked: in its path and in a whole URL; nothing else changes. */
class FeedSecretsTest {

    private static final String SECRET = "Qm9va2VkLWNhbGVuZGFyLXNlY3JldC0xMjM0NTY3ODk";

    @Test
    void theSecretOfAFeedIsMaskedInAPathAndInAUrl() {
        assertThat(FeedSecrets.masked("/api/training/calendar/" + SECRET + ".ics"))
                .isEqualTo("/api/training/calendar/***.ics");
        assertThat(FeedSecrets.masked("http://127.0.0.1:8083/api/alliance/calendar/" + SECRET + ".ics?x=1"))
                .isEqualTo("http://127.0.0.1:8083/api/alliance/calendar/***.ics?x=1");
    }

    @Test
    void otherPathsAreLeftAsTheyAre() {
        assertThat(FeedSecrets.masked("/api/training/calendar-feeds/mine"))
                .isEqualTo("/api/training/calendar-feeds/mine");
        assertThat(FeedSecrets.masked("/api/conference/papers/7")).isEqualTo("/api/conference/papers/7");
        assertThat(FeedSecrets.masked("/api/training/calendar/" + SECRET + ".ics/extra"))
                .isEqualTo("/api/training/calendar/" + SECRET + ".ics/extra");
        assertThat(FeedSecrets.masked("/api/conference/calendar/conferences.ics"))
                .as("the public calendar of every conference")
                .isEqualTo("/api/conference/calendar/conferences.ics");
        assertThat(FeedSecrets.masked(null)).isNull();
    }
}
