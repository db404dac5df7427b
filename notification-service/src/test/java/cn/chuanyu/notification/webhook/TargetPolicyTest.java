package cn.chuanyu.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SSRF: by default only https targets on public addresses. */
class TargetPolicyTest {

    private final TargetPolicy strict = new TargetPolicy(false);

    @Test
    void publicHttpsIsAllowed() {
        assertThat(strict.refusal("https://93.184.216.34/hooks")).isEmpty();
    }

    @Test
    void plainHttpIsRefused() {
        assertThat(strict.refusal("http://93.184.216.34/hooks")).contains("not https");
    }

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused() {
        for (String url : new String[] {
            "https://127.0.0.1/hooks",
            "https://localhost/hooks",
            "https://10.1.2.3/hooks",
            "https://172.16.0.1/hooks",
            "https://192.168.1.1/hooks",
            "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/hooks",
            "https://0.0.0.0/hooks",
            "https://[::1]/hooks",
            "https://[fd00::1]/hooks",
            "https://[fe80::1]/hooks",
            "https://[::ffff:127.0.0.1]/hooks"
        }) {
            assertThat(strict.refusal(url)).as(url).isPresent();
        }
    }

    @Test
    void otherSchemesAndCredentialsAreRefused() {
        assertThat(strict.refusal("ftp://93.184.216.34/hooks")).isPresent();
        assertThat(strict.refusal("https://user:pass@93.184.216.34/hooks")).isPresent();
        assertThat(strict.refusal("not a url")).isPresent();
    }

    @Test
    void configurationMayAllowLoopbackForTestsAndClosedNetworks() {
        assertThat(new TargetPolicy(true).refusal("http://127.0.0.1:9999/hooks"))
                .isEmpty();
    }
}
