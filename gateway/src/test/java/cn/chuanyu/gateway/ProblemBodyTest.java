package cn.chuanyu.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemBodyTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|zh-CN",
                "en|en",
                "en-US|en",
                "zh-CN|zh-CN",
                "zh-TW|zh-CN",
                "fr-FR, en;q=0.5|en",
                "fr-FR|zh-CN",
                "zh-CN;q=0.4, en;q=0.9|en",
                "en;q=0, zh-CN|zh-CN",
                "*|zh-CN",
                "en;q=abc|zh-CN",
                "de, *;q=0.5, en;q=0.1|zh-CN"
            })
    void theCallersLanguageAmongThoseThePlatformSpeaks(String acceptLanguage, String expected) {
        assertThat(ProblemBody.language(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
