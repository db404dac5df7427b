package cn.chuanyu.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files people download, each through the gateway with the token of the role that may: a reviewer's blind copy of
 * an assigned manuscript (conference-service strips the author metadata from the stored PDF on every download), a
 * trainee's certificate PDF (training-service prints it on every download, Chinese font subset embedded), the public
 * verification page a certificate's QR code opens, and an instructor's or administrator's ZIP of a programme's
 * certificate PDFs. What is downloaded is checked once (status, type, the format's magic bytes) and its size noted,
 * then it is loaded: a closed loop for throughput, an open loop at a fixed rate for latency.
 */
final class FileDownloads {

    static final String MANUSCRIPT = "reviewer's manuscript (PDF)";
    static final String CERTIFICATE = "certificate PDF";
    static final String PAGE = "certificate verification page (HTML)";
    static final String ZIP = "programme's certificate PDFs (ZIP)";
    /** Pages of the uploaded manuscript: about 80 KB each, a paper's size. */
    static final int MANUSCRIPT_PAGES = 10;

    private static final String PDF = "application/pdf";

    /** One kind of download, ready to load: who downloads what, and what a correct answer starts with. */
    record Download(String endpoint, String role, String path, String accept, String magic, Call.Target target) {}

    /**
     * One kind of download's figures: its size and type (from the checked download), the closed loop's throughput and
     * the open loop's latency at {@code openRate}.
     */
    record Result(
            String endpoint,
            String role,
            String path,
            String contentType,
            long bytes,
            double openRate,
            RunResult closed,
            RunResult open) {}

    private final Platform platform;
    private final Rest rest = new Rest();

    FileDownloads(Platform platform) {
        this.platform = platform;
    }

    /** Makes what is downloaded (a manuscript under review) and finds the rest in the demo data. */
    List<Download> prepare() throws Exception {
        List<Download> downloads = new ArrayList<>();
        String assignment = assignedManuscript();
        downloads.add(download(
                MANUSCRIPT,
                "reviewer",
                "/api/conference/reviews/assignments/" + assignment + "/manuscript",
                PDF,
                "%PDF-",
                platform.token("reviewer")));
        String[] certificate = traineeCertificate();
        downloads.add(download(
                CERTIFICATE,
                "trainee",
                "/api/training/certificates/" + certificate[0] + "/pdf",
                PDF,
                "%PDF-",
                platform.token("trainee")));
        downloads.add(download(
                PAGE,
                "anyone (no token)",
                "/api/training/certificate-verifications/" + certificate[1] + "/page?code="
                        + URLEncoder.encode(certificate[2], StandardCharsets.UTF_8),
                "text/html",
                "<!DOCTYPE html",
                null));
        downloads.add(download(
                ZIP,
                "training-admin",
                "/api/training/exports/programmes/" + certificate[3] + "/certificates",
                "application/zip",
                "PK",
                platform.token("training-admin")));
        return downloads;
    }

    /** One download checked as a person would notice: 200, the type asked for, the format's first bytes. */
    Rest.Answer check(Download d) throws Exception {
        Call call = d.target().calls().get();
        Rest.Answer answer = rest.get(call.url(), call.token(), d.accept());
        String start = new String(answer.body(), 0, Math.min(answer.body().length, 64), StandardCharsets.ISO_8859_1);
        if (answer.status() != 200
                || !answer.contentType().startsWith(d.accept())
                || !start.stripLeading()
                        .regionMatches(true, 0, d.magic(), 0, d.magic().length())) {
            throw new IllegalStateException(d.endpoint() + ": expected 200 " + d.accept() + " starting with "
                    + d.magic() + ", got " + answer.status() + " " + answer.contentType() + " " + start);
        }
        return answer;
    }

    private Download download(String endpoint, String role, String path, String accept, String magic, String token) {
        String url = platform.url(Platform.GATEWAY) + path;
        return new Download(
                endpoint,
                role,
                path,
                accept,
                magic,
                new Call.Target(endpoint, "gateway", () -> Call.get(url, token, accept)));
    }

    /**
     * A conference with its call open, a paper of 樊聪 in it with a manuscript of {@value #MANUSCRIPT_PAGES} pages, the
     * paper assigned to the demo reviewer: every step through the gateway as the role that does it.
     */
    private String assignedManuscript() throws Exception {
        String gateway = platform.url(Platform.GATEWAY);
        String organiser = platform.token("organiser");
        String researcher = platform.token("fancong");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("name", "川渝压测学术会议 " + System.currentTimeMillis());
        conference.put("edition", 1);
        conference.put("city", "重庆");
        conference.put("startsOn", today.plusDays(60).toString());
        conference.put("endsOn", today.plusDays(61).toString());
        conference.put("organisers", List.of("重庆市科学技术协会"));
        conference.put("tracks", List.of(Map.of("code", "energy-materials", "name", "能源与材料")));
        conference.put("callOpensOn", today.minusDays(1).toString());
        conference.put("callClosesOn", today.plusDays(30).toString());
        String conferenceId = rest.postJson(gateway + "/api/conference/conferences", organiser, conference)
                .createdId();

        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("track", "energy-materials");
        paper.put("title", "新型有机钾离子电池电极材料的循环性能研究（压测）");
        paper.put("abstractText", "面向储能的新型有机钾离子电池电极材料：循环、倍率与成本。");
        paper.put("keywords", List.of("钾离子电池", "有机电极材料"));
        paper.put(
                "authors",
                List.of(Map.of("name", "樊聪", "institution", "电子科技大学", "region", "SICHUAN", "corresponding", true)));
        String paperId = rest.postJson(
                        gateway + "/api/conference/conferences/" + conferenceId + "/papers", researcher, paper)
                .createdId();
        Rest.Answer upload = rest.post(
                gateway + "/api/conference/papers/" + paperId + "/manuscripts",
                researcher,
                PDF,
                SamplePdf.manuscript(MANUSCRIPT_PAGES));
        if (upload.status() != 201) {
            throw new IllegalStateException("manuscript upload: " + upload.status() + " " + upload.text());
        }
        return rest.postJson(
                        gateway + "/api/conference/reviews/assignments",
                        organiser,
                        Map.of("paperId", paperId, "reviewer", "reviewer"))
                .createdId();
    }

    /** The demo trainee's latest certificate in force: id, number, verification code, programme. */
    private String[] traineeCertificate() throws Exception {
        try (Connection training = platform.database("training");
                Statement s = training.createStatement();
                ResultSet rows = s.executeQuery("select id::text, number, verification_code, programme_id::text"
                        + " from certificate where holder_subject = 'trainee' and revoked_at is null"
                        + " order by issued_at desc limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("the demo trainee has no certificate: is the demo data on?");
            }
            return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
        }
    }

    /** The figures for the report's JSON. */
    static Map<String, Object> summary(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("download", r.endpoint());
        m.put("role", r.role());
        m.put("contentType", r.contentType());
        m.put("bytes", r.bytes());
        m.put("closedConcurrency", r.closed().concurrency());
        m.put("downloadsPerSecond", r.closed().achievedRate());
        m.put("closedErrors", r.closed().errors());
        m.put("openRate", r.openRate());
        m.put("openAchievedRate", r.open().achievedRate());
        m.put("p50Ms", r.open().p50Ms());
        m.put("p90Ms", r.open().p90Ms());
        m.put("p99Ms", r.open().p99Ms());
        m.put("maxMs", r.open().maxMs());
        m.put("openErrors", r.open().errors());
        return m;
    }
}
