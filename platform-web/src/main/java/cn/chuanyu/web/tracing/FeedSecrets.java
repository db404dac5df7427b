package cn.chuanyu.web.tracing;

import java.util.regex.Pattern;

/**
 * The secret in a private calendar feed's path ({@code /api/<context>/calendar/<secret>.ics}) is the credential:
 * calendar apps read the feed with it and no token. Whatever records a request's path or URL (the gateway's access log,
 * the URL attributes and names of the spans exported when tracing is on) writes it masked.
 */
public final class FeedSecrets {

    /**
     * A private feed's secret: 256 random bits in base64url (platform-calendar's FeedSecret); not a public feed's name.
     */
    private static final Pattern FEED_SECRET =
            Pattern.compile("(/api/[^/?#]+/calendar/)[A-Za-z0-9_-]{43}(\\.ics)(?=$|[?#])");

    private FeedSecrets() {}

    /** The path or URL with a feed's secret replaced by {@code ***}; anything else unchanged. */
    public static String masked(String pathOrUrl) {
        return pathOrUrl == null || !pathOrUrl.contains("/calendar/")
                ? pathOrUrl
                : FEED_SECRET.matcher(pathOrUrl).replaceFirst("$1***$2");
    }
}
