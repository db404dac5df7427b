package cn.chuanyu.conference.response;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A conference's author-response window", example = """
        {"conferenceId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "opensOn": "2020-11-20", "closesOn": "2020-11-25",
         "wordLimit": 500, "open": false}""")
public record ResponseWindowView(
        @Schema(description = "the conference's id") UUID conferenceId,

        @Schema(description = "first day submitters may respond (China's date)")
        LocalDate opensOn,

        @Schema(description = "last day submitters may respond (China's date)")
        LocalDate closesOn,

        @Schema(description = "the most words a response may have (CJK characters each a word, Latin runs a word)")
        int wordLimit,

        @Schema(description = "whether the window is open today in China")
        boolean open) {

    static ResponseWindowView of(ResponseWindow window, LocalDate today) {
        return new ResponseWindowView(
                window.conferenceId, window.opensOn, window.closesOn, window.wordLimit, window.isOpen(today));
    }
}
