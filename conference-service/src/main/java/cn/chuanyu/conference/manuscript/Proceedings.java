package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.paper.PaperStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A conference's proceedings (论文集) as a ZIP: the latest camera-ready PDF of every accepted paper that has one, numbered
 * in order of submission ({@code pdf/001-<paper id>.pdf}), and their metadata as {@code proceedings.csv} (UTF-8 with a
 * byte order mark, for Excel and WPS), {@code proceedings.json} and {@code proceedings.bib} (BibTeX
 * {@code @inproceedings}, one per paper). Accepted papers without a camera-ready PDF are left out, and listed in none
 * of the files.
 */
@ApplicationScoped
public class Proceedings {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Conferences conferences;
    private final PdfUploads uploads;
    private final ObjectMapper json;

    Proceedings(Conferences conferences, PdfUploads uploads, ObjectMapper json) {
        this.conferences = conferences;
        this.uploads = uploads;
        this.json = json;
    }

    public byte[] zip(UUID conferenceId) {
        Conference conference = conferences.get(conferenceId);
        List<Entry> entries = entries(conferenceId);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Entry entry : entries) {
                try (InputStream pdf = uploads.open(entry.cameraReady())) {
                    zip.putNextEntry(new ZipEntry(entry.file()));
                    pdf.transferTo(zip);
                    zip.closeEntry();
                }
            }
            add(zip, "proceedings.csv", csv(entries));
            add(zip, "proceedings.json", json(conference, entries));
            add(zip, "proceedings.bib", bibtex(conference, entries).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Entry> entries(UUID conferenceId) {
        List<Paper> accepted = Paper.list(
                "conferenceId = ?1 and status = ?2 order by submittedAt, id", conferenceId, PaperStatus.ACCEPTED);
        List<Entry> entries = new ArrayList<>();
        for (Paper paper : accepted) {
            CameraReady latest = CameraReady.latestOf(paper.id);
            if (latest != null) {
                int number = entries.size() + 1;
                entries.add(new Entry(number, "pdf/%03d-%s.pdf".formatted(number, paper.id), paper, latest));
            }
        }
        return entries;
    }

    private static byte[] csv(List<Entry> entries) {
        StringBuilder text = new StringBuilder("序号,论文编号,题目,作者,单位,关键词,页数,SHA-256,文件\r\n");
        for (Entry e : entries) {
            List<String> cells = List.of(
                    String.valueOf(e.number()),
                    e.paper().id.toString(),
                    e.paper().title,
                    e.paper().authors.stream().map(Author::name).collect(Collectors.joining("；")),
                    e.paper().authors.stream()
                            .map(Author::institution)
                            .distinct()
                            .collect(Collectors.joining("；")),
                    String.join("；", e.paper().keywords),
                    String.valueOf(e.cameraReady().pages),
                    e.cameraReady().sha256,
                    e.file());
            text.append(cells.stream().map(Proceedings::csvField).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** RFC 4180 quoting; a leading = + - @ kept as text, so that Excel never runs a cell as a formula. */
    private static String csvField(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private byte[] json(Conference conference, List<Entry> entries) throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("conference", conference.name);
        document.put("edition", conference.edition);
        document.put("city", conference.city);
        document.put("startsOn", conference.startsOn.toString());
        document.put(
                "papers",
                entries.stream()
                        .map(e -> {
                            Map<String, Object> paper = new LinkedHashMap<>();
                            paper.put("number", e.number());
                            paper.put("paperId", e.paper().id.toString());
                            paper.put("title", e.paper().title);
                            paper.put("abstract", e.paper().abstractText);
                            paper.put("keywords", e.paper().keywords);
                            paper.put(
                                    "authors",
                                    e.paper().authors.stream()
                                            .map(Proceedings::author)
                                            .toList());
                            paper.put("pages", e.cameraReady().pages);
                            paper.put("sha256", e.cameraReady().sha256);
                            paper.put("file", e.file());
                            return paper;
                        })
                        .toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    private static Map<String, Object> author(Author author) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", author.name());
        map.put("orcid", author.orcid());
        map.put("institution", author.institution());
        map.put("region", author.region().name());
        map.put("corresponding", author.corresponding());
        return map;
    }

    private static String bibtex(Conference conference, List<Entry> entries) {
        StringBuilder bib = new StringBuilder();
        for (Entry e : entries) {
            bib.append("@inproceedings{chuanyu%d-%03d,\n".formatted(conference.edition, e.number()))
                    .append("  title = {")
                    .append(bibText(e.paper().title))
                    .append("},\n")
                    .append("  author = {")
                    .append(e.paper().authors.stream()
                            .map(a -> bibText(a.name()))
                            .collect(Collectors.joining(" and ")))
                    .append("},\n")
                    .append("  booktitle = {")
                    .append(bibText(conference.name))
                    .append("},\n")
                    .append("  address = {")
                    .append(bibText(conference.city))
                    .append("},\n")
                    .append("  year = {")
                    .append(conference.startsOn.getYear())
                    .append("},\n")
                    .append("  keywords = {")
                    .append(bibText(String.join(", ", e.paper().keywords)))
                    .append("},\n")
                    .append("  note = {")
                    .append(e.paper().id)
                    .append("}\n")
                    .append("}\n\n");
        }
        return bib.toString();
    }

    /** BibTeX's special characters escaped, so that a title with {, }, %, & or _ cannot break the entry. */
    private static String bibText(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                case '{', '}', '%', '&', '$', '#', '_' -> escaped.append('\\').appendCodePoint(c);
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private record Entry(int number, String file, Paper paper, CameraReady cameraReady) {}
}
