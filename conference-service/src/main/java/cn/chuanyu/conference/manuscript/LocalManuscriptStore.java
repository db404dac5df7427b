package cn.chuanyu.conference.manuscript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files under the manuscripts directory, {@code <directory>/<key>}. A file is moved in atomically from the spool (the
 * same directory, so the same file system), so a kept file is always complete.
 */
final class LocalManuscriptStore implements ManuscriptStore {

    private final Path directory;

    LocalManuscriptStore(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    @Override
    public void put(String key, Path file) {
        try {
            Path target = directory.resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(directory.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(directory.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
