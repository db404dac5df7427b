package cn.chuanyu.conference.manuscript;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.UUID;

/**
 * An uploaded PDF kept and recorded, for manuscripts and camera-ready PDFs alike. The guarantee: a committed row always
 * names a complete stored file. So the file is spooled and checked first (outside any transaction: parsing takes a
 * while), then written to the store under a key of its own (the row's id: no other upload ever writes it), and only
 * then is the row committed; when that fails, the file is deleted again unless the row did commit after all (a commit
 * whose answer was lost). A file whose delete fails too is an orphan no row names: harmless, and logged.
 */
@ApplicationScoped
class PdfUploads {

    private final UploadSpool spool;
    private final ManuscriptStore store;
    private final EntityManager entities;

    PdfUploads(UploadSpool spool, ManuscriptStore store, EntityManager entities) {
        this.spool = spool;
        this.store = store;
        this.entities = entities;
    }

    /** Records the row of a checked upload, in a transaction of its own, with the id and key it was stored under. */
    @FunctionalInterface
    interface Recording<T extends StoredPdf> {
        T record(UUID id, String storedAs, StoredFile upload, int pages);
    }

    <T extends StoredPdf> T keep(InputStream body, Class<T> type, String keyPrefix, Recording<T> recording) {
        StoredFile upload = spool.receive(body);
        try {
            int pages = Pdf.pages(upload.path());
            UUID id = UUID.randomUUID();
            String storedAs = keyPrefix + id + ".pdf";
            store.put(storedAs, upload.path());
            try {
                return QuarkusTransaction.requiringNew().call(() -> recording.record(id, storedAs, upload, pages));
            } catch (RuntimeException e) {
                forgetUnlessRecorded(type, id, storedAs, e);
                throw e;
            }
        } finally {
            spool.discard(upload);
        }
    }

    /** The kept file of a row ({@code stored_as}), streamed. */
    InputStream open(StoredPdf row) {
        return store.open(row.storedAs);
    }

    private void forgetUnlessRecorded(Class<? extends StoredPdf> type, UUID id, String storedAs, RuntimeException why) {
        try {
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> entities.find(type, id) != null);
            if (!recorded) {
                store.delete(storedAs);
            }
        } catch (RuntimeException e) {
            why.addSuppressed(e);
            Log.warnf(e, "%s may be an orphan: its row was not recorded and it could not be deleted", storedAs);
        }
    }
}
