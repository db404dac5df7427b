package cn.chuanyu.conference.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void everyChineseCharacterIsAWord() {
        assertThat(WordCount.of("感谢审稿人的意见。")).isEqualTo(8);
    }

    @Test
    void aRunOfLatinLettersOrDigitsIsOneWord() {
        assertThat(WordCount.of("We added 120 field samples, don't we?")).isEqualTo(7);
        assertThat(WordCount.of("a state-of-the-art 3D model")).isEqualTo(4);
    }

    @Test
    void mixedTextCountsBoth() {
        // 审 稿 人 | 2 | 提 出 | CRISPR-Cas9 | 的 问 题
        assertThat(WordCount.of("审稿人 2 提出CRISPR-Cas9的问题")).isEqualTo(10);
    }

    @Test
    void punctuationAndSpacesAreNoWords() {
        assertThat(WordCount.of(" ，。！—— ... \n")).isZero();
    }
}
