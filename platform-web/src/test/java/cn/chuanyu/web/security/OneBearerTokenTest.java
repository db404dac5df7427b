package cn.chuanyu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneBearerTokenTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmYW5jb25nIn0.c2lnbmF0dXJl-_~+/";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer " + JWT,
                "bearer " + JWT,
                "BEARER " + JWT,
                "Bearer abc=",
                "Bearer abc==",
            })
    void oneTokenAfterTheSchemeAndOneSpaceIsLetThrough(String authorization) {
        assertThat(OneBearerToken.isMalformed(authorization)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer " + JWT + " " + JWT,
                "Bearer  " + JWT,
                "Bearer\t" + JWT,
                "Bearer " + JWT + " ",
                "Bearer",
                "bearer ",
                "Bearer =abc",
                "Bearer abc=def",
                "Bearer abc,def",
                "Bearer 成渝",
            })
    void anythingElseUnderTheBearerSchemeIsRefused(String authorization) {
        assertThat(OneBearerToken.isMalformed(authorization)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic ZmFuY29uZzpzZWNyZXQ=", "BearerX abc def", "Bear abc", ""})
    void otherSchemesAreLeftToTheAuthenticationMechanisms(String authorization) {
        assertThat(OneBearerToken.isMalformed(authorization)).isFalse();
    }

    @Test
    void noHeaderIsLeftToTheAuthenticationMechanisms() {
        assertThat(OneBearerToken.isMalformed(null)).isFalse();
    }
}
