package cn.chuanyu.web.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A sheet as the answer to a download: CSV (UTF-8 with a BOM) or Excel, named in ASCII and, for browsers, in Chinese.
 * The file is written while the answer is sent (chunked, without a Content-Length): whatever must be refused (401, 403,
 * 404, 400) is refused before {@link #of} is called, since a refusal can no longer be answered once the file has begun.
 */
public final class SheetDownload {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The {@code format} query parameter's pattern. */
    public static final String FORMATS = "csv|xlsx";

    private SheetDownload() {}

    /** {@code format} is csv or xlsx; the file is {@code <asciiName>.<format>}, or the sheet's name where supported. */
    public static Response of(Sheet sheet, String format, String asciiName) {
        boolean csv = "csv".equals(format);
        StreamingOutput file = csv ? out -> CsvFile.write(sheet, out) : out -> XlsxFile.write(sheet, out);
        return Response.ok(file, csv ? CSV + ";charset=utf-8" : XLSX)
                .header("Content-Disposition", disposition(asciiName + "." + format, sheet.name() + "." + format))
                .build();
    }

    /** RFC 6266: an ASCII fallback name, and the UTF-8 name (RFC 5987) that browsers prefer. */
    public static String disposition(String asciiName, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
