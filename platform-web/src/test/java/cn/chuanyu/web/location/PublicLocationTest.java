package cn.chuanyu.web.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicLocationTest {

    @Test
    void aLocationBuiltFromAForgedHostLandsOnTheConfiguredOrigin() {
        PublicLocation filter = new PublicLocation("https://api.chuanyu.cn/");
        assertThat(filter.onPublicOrigin(URI.create("http://evil.example/api/conference/intents/1?x=%E5%B7%9D")))
                .isEqualTo(URI.create("https://api.chuanyu.cn/api/conference/intents/1?x=%E5%B7%9D"));
        assertThat(filter.onPublicOrigin(URI.create("/api/training/courses/2")))
                .isEqualTo(URI.create("https://api.chuanyu.cn/api/training/courses/2"));
    }
}
