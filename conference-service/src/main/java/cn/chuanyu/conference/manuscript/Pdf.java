package cn.chuanyu.conference.manuscript;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** What the service needs of a PDF: that it is one (magic bytes, then PDFBox parses it), and an author-less copy. */
final class Pdf {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private Pdf() {}

    /** The page count of a real PDF; 415 for anything else (wrong magic bytes, unreadable, no pages). */
    static int pages(Path file) {
        if (!startsWithMagic(file)) {
            throw notAPdf();
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw notAPdf();
            }
            return pages;
        } catch (IOException e) {
            throw notAPdf();
        }
    }

    /**
     * The manuscript without what names its authors: the document information's Author, Creator and Producer (a
     * producer often carries the author's tool and name) and the XMP metadata stream, which repeats them.
     */
    static byte[] withoutAuthors(InputStream kept) {
        // read into memory (at most the size limit): PDFBox needs random access, and the copy is built in memory anyway
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(kept))) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor(null);
            info.setCreator(null);
            info.setProducer(null);
            document.getDocumentCatalog().setMetadata(null);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWithMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException notAPdf() {
        return new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, "not-a-pdf", "not-a-pdf");
    }
}
