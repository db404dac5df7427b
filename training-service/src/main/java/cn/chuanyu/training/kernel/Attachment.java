package cn.chuanyu.training.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a download: an ASCII name for old clients, the real (Chinese) one per RFC 6266. */
public final class Attachment {

    private Attachment() {}

    public static String disposition(String asciiName, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
