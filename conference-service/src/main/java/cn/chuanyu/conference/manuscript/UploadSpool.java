package cn.chuanyu.conference.manuscript;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Uploads in flight. A body is streamed to a temporary file in the manuscripts directory (never held in memory), hashed
 * and counted on the way and cut off past the size limit, so that it can be checked as a PDF and then handed to the
 * store with its length known.
 */
@ApplicationScoped
class UploadSpool {

    private final Path directory;
    private final long maxBytes;

    UploadSpool(ManuscriptSettings settings) {
        this.directory = settings.directory().toAbsolutePath();
        this.maxBytes = settings.maxSize().asLongValue();
    }

    /** Streams the upload to a temporary file; 413 past the limit, with nothing left behind. */
    StoredFile receive(InputStream upload) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                size = copyWithin(upload, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return new StoredFile(temporary, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Removes the temporary file; gone already when the local store moved it in. */
    void discard(StoredFile upload) {
        try {
            Files.deleteIfExists(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copyWithin(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > maxBytes) {
                throw new ProblemException(
                        Status.REQUEST_ENTITY_TOO_LARGE, "request-entity-too-large", "manuscript-too-large", maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
