package cn.chuanyu.conference.manuscript;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the PDFs of manuscript and camera-ready rows are kept, under the row's {@code stored_as} key: the local disk or
 * an S3-compatible bucket ({@code chuanyu.conference.manuscripts.store}, see {@link ManuscriptStores}).
 */
interface ManuscriptStore {

    /** Keeps the complete file under {@code key}: afterwards the key names the whole file or, on failure, nothing. */
    void put(String key, Path file);

    /** The kept file, streamed; the caller closes it. */
    InputStream open(String key);

    /** Removes what is kept under {@code key}; nothing there is no error. */
    void delete(String key);
}
