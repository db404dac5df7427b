package cn.chuanyu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chuanyu.web.problem.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorReadsBackAsTheSamePositionAtMicrosecondPrecision() {
        Cursor cursor = new Cursor(Instant.parse("2020-12-06T02:30:15.123456Z"), UUID.randomUUID());
        String text = cursor.encode();
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(text)).isEqualTo(cursor);
        assertThat(Cursor.decode(null)).isNull();
    }

    @Test
    void aTamperedOrForeignCursorIsABadRequestProblem() {
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().type().toString()).endsWith("/invalid-cursor");
        });
        assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(ProblemException.class);
    }
}
