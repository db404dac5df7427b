package cn.chuanyu.conference.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DecisionRequest(
        @NotNull Decision decision, @Size(max = 2000) String note) {

    public enum Decision {
        ACCEPT,
        REJECT
    }
}
