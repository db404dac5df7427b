package cn.chuanyu.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go (SSRF): an https URL whose host resolves only to public addresses, never to loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, multicast or unspecified ones. Checked when a subscription is made
 * and again before every attempt (a name may resolve elsewhere later). {@code allowPrivate} (tests, a closed network)
 * also admits http and those addresses.
 */
public final class TargetPolicy {

    private final boolean allowPrivate;

    public TargetPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be a target, or empty if it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("not an absolute http(s) URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("credentials in the URL");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("not https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("resolves to a non-public address " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("host does not resolve");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64/10 carrier-grade NAT, 0/8 "this network", 192.0.0/24 protocol assignments, 198.18/15 benchmarks
            return !(first == 0
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19))
                    || first >= 240);
        }
        // fc00::/7 unique local; ::ffff:a.b.c.d is checked by InetAddress as the IPv4 address it maps
        return (bytes[0] & 0xfe) != 0xfc;
    }
}
