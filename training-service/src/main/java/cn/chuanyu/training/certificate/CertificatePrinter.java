package cn.chuanyu.training.certificate;

import cn.chuanyu.training.programme.BrokerLevel;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out the printable certificate (结业证书) on one A4 page: the Chinese text in the build's Noto Sans SC, embedded as a
 * subset (only the glyphs used, so a page is small and prints the same everywhere), and the verification QR code drawn
 * as vector squares (sharp at any printer's resolution).
 *
 * <p>The parsed font is kept for the printer's life and the service keeps one printer: parsing the 10 MB font for each
 * PDF allocated about 48 MB and took 13 ms of CPU, printing with the parsed font 6.6 MB and 5 ms, and a parsed font
 * holds about 36 MB. PDFBox does not promise that a parsed font may serve several documents at once, so a printer
 * prints one document at a time.
 */
final class CertificatePrinter implements AutoCloseable {

    /** A character the font lacks prints as 〓 (the typesetters' mark for a missing glyph), not as an error. */
    static final String MISSING_GLYPH = "〓";

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 108;
    private static final Map<EncodeHintType, Object> QR_HINTS =
            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0);

    private final TrueTypeFont ttf;
    private final CmapLookup characters;

    CertificatePrinter(byte[] fontFile) {
        try {
            this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
            this.characters = ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate font cannot be read", e);
        }
    }

    /** What is printed: the certificate's fields, the programme's 主办/承办, and the QR code's target. */
    record Content(Certificate certificate, List<String> organisers, List<String> executors, String verificationUrl) {}

    synchronized byte[] print(Content content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                new Layout(canvas, font, page.getMediaBox()).draw(content, this::printable);
            }
            describe(document.getDocumentInformation(), content.certificate());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot show (and any control character) as {@link #MISSING_GLYPH}. */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> shown.append(
                        Character.isISOControl(c) || characters.getGlyphId(c) == 0
                                ? MISSING_GLYPH
                                : Character.toString(c)));
        return shown.toString();
    }

    private static void describe(PDDocumentInformation info, Certificate c) {
        info.setTitle("结业证书 " + c.number);
        info.setAuthor(c.issuer);
        info.setSubject(c.holderName + " " + c.programmeName);
        Calendar issued = Calendar.getInstance();
        issued.clear();
        issued.set(c.issuedOn.getYear(), c.issuedOn.getMonthValue() - 1, c.issuedOn.getDayOfMonth());
        // the day of issue, not the moment of printing: the same certificate prints to the same document
        info.setCreationDate(issued);
    }

    @Override
    public synchronized void close() {
        try {
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page's drawing, top to bottom. */
    private static final class Layout {

        private final PDPageContentStream canvas;
        private final PDType0Font font;
        private final float width;
        private final float height;

        Layout(PDPageContentStream canvas, PDType0Font font, PDRectangle box) {
            this.canvas = canvas;
            this.font = font;
            this.width = box.getWidth();
            this.height = box.getHeight();
        }

        void draw(Content content, UnaryOperator<String> printable) throws IOException {
            Certificate c = content.certificate();
            String holder = printable.apply(c.holderName);
            String programme = printable.apply(c.programmeName);
            frame();
            centred("结业证书", 40, height - 150);
            centred("兹证明", 16, height - 235);
            centred(holder, fitted(holder, 28, 12), height - 285);
            centred("参加", 16, height - 330);
            centred(programme, fitted(programme, 20, 8), height - 370);
            centred("完成" + level(c.level) + "技术经纪人培训全部课程，考核合格，准予结业。", 16, height - 410);

            float y = height - 480;
            y = field("证书编号", c.number, y);
            y = field("发证日期", date(c.issuedOn), y);
            y = field("有效期至", date(c.expiresOn), y);
            y = field("主办单位", printable.apply(String.join("、", content.organisers())), y);
            y = field("承办单位", printable.apply(String.join("、", content.executors())), y);
            y = field("培训基地", c.issuer, y);
            field("查验码", c.verificationCode, y);

            text(c.issuer, 14, MARGIN + 24, MARGIN + 70);
            text(date(c.issuedOn), 14, MARGIN + 24, MARGIN + 48);
            qr(content.verificationUrl(), width - MARGIN - 24 - QR_SIZE, MARGIN + 40);
            text("扫码查验证书真伪", 9, width - MARGIN - 24 - QR_SIZE + 18, MARGIN + 24);
        }

        private void frame() throws IOException {
            canvas.setLineWidth(2.5f);
            canvas.addRect(MARGIN - 24, MARGIN - 24, width - 2 * (MARGIN - 24), height - 2 * (MARGIN - 24));
            canvas.stroke();
            canvas.setLineWidth(0.8f);
            canvas.addRect(MARGIN - 18, MARGIN - 18, width - 2 * (MARGIN - 18), height - 2 * (MARGIN - 18));
            canvas.stroke();
        }

        /** A labelled line, wrapped within the page (none for an empty value); the y of the next one. */
        private float field(String label, String value, float y) throws IOException {
            if (value.isEmpty()) {
                return y;
            }
            float size = 12;
            float valueX = MARGIN + 24 + 80;
            text(label + "：", size, MARGIN + 24, y);
            for (String line : wrapped(value, size, width - MARGIN - 24 - valueX)) {
                text(line, size, valueX, y);
                y -= size * 1.6f;
            }
            return y - size * 0.4f;
        }

        private void centred(String text, float size, float y) throws IOException {
            text(text, size, (width - advance(text, size)) / 2, y);
        }

        private void text(String text, float size, float x, float y) throws IOException {
            canvas.beginText();
            canvas.setFont(font, size);
            canvas.newLineAtOffset(x, y);
            canvas.showText(text);
            canvas.endText();
        }

        /** The largest size up to {@code size} at which the text fits the line: a name is never broken. */
        private float fitted(String text, float size, float smallest) throws IOException {
            float room = width - 2 * (MARGIN + 24);
            return Math.max(smallest, Math.min(size, size * room / Math.max(1, advance(text, size))));
        }

        private List<String> wrapped(String text, float size, float room) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String next = line + Character.toString(codePoint);
                if (!line.isEmpty() && advance(next, size) > room) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
            return lines;
        }

        private float advance(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private void qr(String url, float x, float y) throws IOException {
            BitMatrix modules;
            try {
                modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, QR_HINTS);
            } catch (WriterException e) {
                throw new IllegalArgumentException("the verification URL does not fit a QR code: " + url, e);
            }
            float module = QR_SIZE / modules.getWidth();
            for (int row = 0; row < modules.getHeight(); row++) {
                for (int column = 0; column < modules.getWidth(); column++) {
                    if (modules.get(column, row)) {
                        canvas.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                    }
                }
            }
            canvas.fill();
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
    }
}
