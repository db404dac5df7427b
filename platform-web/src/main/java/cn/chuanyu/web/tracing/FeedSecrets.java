package cn.chuanyu.web.tracing;

import java.util.regex.Pattern;

/**
 * The secret in a private calendar feed's path ({@code /api/<context>/calendar/<secret>.ics}) is the credential:
 * calendar apps read the feed with it and no token. Whatever records a request's path or URL (the gateway's access log,
 * the spans exported when tracing is on) writes it masked.
 */
public final class FeedSecrets {

    private static final Pattern FEED_SECRET = Pattern.compile("(/api/[^/?#]+/calendar/)[^/?#]+(\\.ics)(?=$|[?#])");

    private FeedSecrets() {}

    /** The path or URL with a feed's secret replaced by {@code ***}; anything else unchanged. */
    public static String masked(String pathOrUrl) {
        return pathOrUrl == null || !pathOrUrl.contains("/calendar/")
                ? pathOrUrl
                : FEED_SECRET.matcher(pathOrUrl).replaceFirst("$1***$2");
    }
}
