package cn.chuanyu.conference.manuscript;

import java.nio.file.Path;

/** An upload written to disk: where, how large, and its SHA-256 in lower-case hex. */
record StoredFile(Path path, long size, String sha256) {}
