package cn.chuanyu.alliance.seminar;

/** One year of the report: how many seminars, and whether the "at least one" rule was met. */
public record YearReport(int year, long seminars, boolean ruleMet) {}
