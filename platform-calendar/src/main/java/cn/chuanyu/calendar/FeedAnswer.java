package cn.chuanyu.calendar;

import jakarta.ws.rs.core.Response;

/** A feed as the answer to a calendar client's GET, and what the OpenAPI documents say of it. */
public final class FeedAnswer {

    public static final String MEDIA_TYPE = "text/calendar";

    /** A short feed, as the OpenAPI examples show it. */
    public static final String EXAMPLE = """
            BEGIN:VCALENDAR
            PRODID:-//Chuanyu//training//ZH
            VERSION:2.0
            CALSCALE:GREGORIAN
            METHOD:PUBLISH
            X-WR-CALNAME:川渝培训课程
            X-WR-TIMEZONE:Asia/Shanghai
            BEGIN:VTIMEZONE
            TZID:Asia/Shanghai
            BEGIN:STANDARD
            TZNAME:CST
            TZOFFSETFROM:+0800
            TZOFFSETTO:+0800
            DTSTART:19910915T000000
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTART;TZID=Asia/Shanghai:20201210T090000
            DTEND;TZID=Asia/Shanghai:20201210T120000
            SUMMARY:技术转移政策与法规解读
            UID:session-0b7f3c1e-5a2d-4c9e-8f10-6d2b9a7e4c31@training.chuanyu.cn
            DTSTAMP:20201201T080000Z
            SEQUENCE:0
            LOCATION:易智网总部基地 一号教室
            STATUS:CONFIRMED
            END:VEVENT
            END:VCALENDAR
            """;

    private FeedAnswer() {}

    /**
     * UTF-8 text/calendar. Calendar clients poll: a private cache may keep it a few minutes, no shared cache at all
     * (the URL is a credential).
     */
    public static Response of(String ics, String fileName) {
        return Response.ok(ics, MEDIA_TYPE + ";charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }
}
