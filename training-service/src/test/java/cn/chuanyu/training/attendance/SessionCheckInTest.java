package cn.chuanyu.training.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionCheckInTest {

    private static final Instant START_OF_STEP = Instant.parse("2020-12-10T01:00:00Z");

    @Test
    void aCodeIsAcceptedDuringItsStepAndTheNextAndNotAfter() {
        SessionCheckIn checkIn =
                SessionCheckIn.create(UUID.fromString("0f3c2a1e-8b7d-4c6e-9a5f-1d2e3f4a5b6c"), START_OF_STEP);
        checkIn.secret = new byte[32];
        String code = checkIn.codeAt(START_OF_STEP.plusSeconds(10));

        assertThat(code).matches("\\d{6}");
        assertThat(checkIn.codeAt(START_OF_STEP.plusSeconds(29))).isEqualTo(code);
        assertThat(checkIn.accepts(code, START_OF_STEP.plusSeconds(29))).isTrue();
        assertThat(checkIn.accepts(code, START_OF_STEP.plusSeconds(59))).isTrue();
        Instant twoStepsLater = START_OF_STEP.plusSeconds(60);
        assertThat(checkIn.codeAt(twoStepsLater)).isNotEqualTo(code);
        assertThat(checkIn.accepts(code, twoStepsLater)).isFalse();
    }

    @Test
    void sessionsHaveTheirOwnCodesAndJoinTokens() {
        SessionCheckIn one = SessionCheckIn.create(UUID.randomUUID(), START_OF_STEP);
        SessionCheckIn other = SessionCheckIn.create(UUID.randomUUID(), START_OF_STEP);

        assertThat(one.joinToken).isNotEqualTo(other.joinToken).hasSize(43);
        assertThat(one.acceptsJoinToken(one.joinToken)).isTrue();
        assertThat(one.acceptsJoinToken(other.joinToken)).isFalse();
    }
}
