package cn.chuanyu.conference.society;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A first-class society award to decide: the year it is for and why. */
public record AwardRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Size(max = 2000) String citation) {}
