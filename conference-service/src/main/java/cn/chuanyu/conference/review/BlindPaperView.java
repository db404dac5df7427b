package cn.chuanyu.conference.review;

import cn.chuanyu.conference.paper.Paper;
import java.util.List;
import java.util.UUID;

/** What a reviewer sees of an assigned paper: the work, never who wrote it or where they work. */
public record BlindPaperView(
        UUID assignmentId,
        UUID paperId,
        String track,
        String title,
        String abstractText,
        List<String> keywords,
        boolean reviewed) {

    static BlindPaperView of(ReviewAssignment assignment, Paper paper, boolean reviewed) {
        return new BlindPaperView(
                assignment.id, paper.id, paper.trackCode, paper.title, paper.abstractText, paper.keywords, reviewed);
    }
}
