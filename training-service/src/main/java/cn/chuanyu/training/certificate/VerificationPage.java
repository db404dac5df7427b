package cn.chuanyu.training.certificate;

import cn.chuanyu.training.programme.BrokerLevel;
import java.time.LocalDate;

/**
 * The public verification page in zh-CN: what is printed on the certificate and its status today, as plain HTML that
 * needs no script and no style (the gateway's content security policy allows neither), so it prints as it reads.
 */
final class VerificationPage {

    private VerificationPage() {}

    static String of(Certificates.Verification v) {
        StringBuilder rows = new StringBuilder();
        row(rows, "证书编号", v.number());
        row(rows, "持证人", v.holderName());
        row(rows, "培训班", v.programmeName());
        row(rows, "证书名称", level(v.level()) + "技术经纪人结业证书");
        row(rows, "发证机构", v.issuer());
        row(rows, "发证日期", date(v.issuedOn()));
        row(rows, "有效期至", date(v.expiresOn()));
        if (v.revokedOn() != null) {
            row(rows, "撤销日期", date(v.revokedOn()));
        }
        return page(
                "证书查验结果：" + status(v.status()),
                "<p><strong>" + escape(status(v.status())) + "</strong>：" + escape(explanation(v.status())) + "</p>\n"
                        + "<table>\n" + rows + "</table>\n");
    }

    private static String page(String heading, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%1$s - 国家技术转移人才培养基地证书查验</title>
                </head>
                <body>
                <h1>%1$s</h1>
                %2$s<p><small>本页由川渝科技协同平台根据证书登记信息生成，仅显示证书上印制的内容及其当前状态（北京时间）。</small></p>
                </body>
                </html>
                """.formatted(escape(heading), body);
    }

    private static void row(StringBuilder rows, String label, String value) {
        rows.append("<tr><th scope=\"row\">")
                .append(escape(label))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>\n");
    }

    private static String status(CertificateStatus status) {
        return switch (status) {
            case VALID -> "有效";
            case EXPIRED -> "已过期";
            case REVOKED -> "已撤销";
        };
    }

    private static String explanation(CertificateStatus status) {
        return switch (status) {
            case VALID -> "该证书由发证机构颁发，目前在有效期内";
            case EXPIRED -> "该证书由发证机构颁发，已超过有效期";
            case REVOKED -> "该证书已被发证机构撤销，不再有效";
        };
    }

    private static String level(BrokerLevel level) {
        return switch (level) {
            case PRIMARY -> "初级";
            case INTERMEDIATE -> "中级";
            case ADVANCED -> "高级";
        };
    }

    private static String date(LocalDate date) {
        return "%d年%d月%d日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Every printed value is text: a name such as {@code <b>} must reach the reader as those characters. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
