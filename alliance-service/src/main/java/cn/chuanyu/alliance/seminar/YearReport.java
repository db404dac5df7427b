package cn.chuanyu.alliance.seminar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One year of the report: how many seminars, and whether the "at least one" rule was met. */
@Schema(description = "One year of the seminar report")
public record YearReport(
        @Schema(description = "the calendar year (Asia/Shanghai)")
        int year,

        @Schema(description = "seminars held that year") long seminars,

        @Schema(description = "true when at least one seminar was held that year")
        boolean ruleMet) {}
