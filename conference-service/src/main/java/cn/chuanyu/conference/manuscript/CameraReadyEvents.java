package cn.chuanyu.conference.manuscript;

import cn.chuanyu.conference.paper.PaperEvents;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The camera-ready fact, on the papers' topic beside the decision it follows (key: the paper's id). It names no person:
 * the proceedings' editors and partners need the file's identity (version, digest, pages), not its uploader.
 */
final class CameraReadyEvents {

    static final String SUBMITTED = "cn.chuanyu.conference.paper.camera-ready-submitted.v1";

    private CameraReadyEvents() {}

    static OutgoingEvent submitted(CameraReady upload, UUID conferenceId) {
        Map<String, Object> data = new HashMap<>();
        data.put("paperId", upload.paperId.toString());
        data.put("conferenceId", conferenceId.toString());
        data.put("version", upload.version);
        data.put("pages", upload.pages);
        data.put("sizeBytes", upload.sizeBytes);
        data.put("sha256", upload.sha256);
        data.put("submittedAt", upload.uploadedAt.toString());
        return new OutgoingEvent(PaperEvents.TOPIC, SUBMITTED, "paper", upload.paperId.toString(), data);
    }
}
