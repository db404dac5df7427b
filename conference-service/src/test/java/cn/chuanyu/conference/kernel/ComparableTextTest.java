package cn.chuanyu.conference.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparableTextTest {

    @Test
    void spacingAndPunctuationDoNotMakeAnotherInstitution() {
        String key = ComparableText.key("四川大学");
        assertThat(ComparableText.key("四川 大学")).isEqualTo(key);
        assertThat(ComparableText.key("四川\u3000大学")).isEqualTo(key);
        assertThat(ComparableText.key("四川大学。")).isEqualTo(key);
        assertThat(ComparableText.key(" 四川·大学，")).isEqualTo(key);
        assertThat(ComparableText.key("四川\u200b大学")).isEqualTo(key);
    }

    @Test
    void fullWidthAndCaseDoNotMakeAnotherInstitution() {
        assertThat(ComparableText.key("ＳＷＵ")).isEqualTo(ComparableText.key("swu"));
        assertThat(ComparableText.key("Chongqing University")).isEqualTo(ComparableText.key("CHONGQING-UNIVERSITY"));
        assertThat(ComparableText.key("Straße")).isEqualTo(ComparableText.key("STRASSE"));
        assertThat(ComparableText.key("第１研究所")).isEqualTo(ComparableText.key("第1研究所"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(ComparableText.key("四川大学")).isNotEqualTo(ComparableText.key("四川农业大学"));
        assertThat(ComparableText.key("重庆大学")).isNotEqualTo(ComparableText.key("重庆医科大学"));
    }
}
