package cn.chuanyu.conference.manuscript;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A version of a paper's manuscript, as stored", example = """
        {"paperId": "0f8fad5b-d9cb-469f-a165-70867728950e", "version": 2,
         "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sizeBytes": 482113,
         "pages": 12, "uploadedAt": "2020-11-02T02:00:00Z"}""")
public record ManuscriptView(
        @Schema(description = "the paper's id") UUID paperId,

        @Schema(description = "the version, from 1; the latest is what reviewers get")
        int version,

        @Schema(description = "SHA-256 of the file as uploaded, lower-case hex")
        String sha256,

        @Schema(description = "the file's size in bytes") long sizeBytes,
        @Schema(description = "its number of pages") int pages,
        @Schema(description = "when it was uploaded") Instant uploadedAt) {}
