package cn.chuanyu.conference.manuscript;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's camera-ready window", example = """
        {"conferenceId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "opensOn": "2020-12-01", "closesOn": "2020-12-05"}""")
public record CameraReadyWindowView(
        @Schema(description = "the conference's id") UUID conferenceId,

        @Schema(description = "first day camera-ready PDFs are taken (China's date)")
        LocalDate opensOn,

        @Schema(description = "last day camera-ready PDFs are taken (China's date)")
        LocalDate closesOn) {

    static CameraReadyWindowView of(CameraReadyWindow window) {
        return new CameraReadyWindowView(window.conferenceId, window.opensOn, window.closesOn);
    }
}
