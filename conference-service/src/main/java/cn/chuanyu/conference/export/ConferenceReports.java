package cn.chuanyu.conference.export;

import cn.chuanyu.conference.award.Awards;
import cn.chuanyu.conference.award.PaperAward;
import cn.chuanyu.conference.edition.Conferences;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.Paper;
import cn.chuanyu.conference.review.ExpertReviewer;
import cn.chuanyu.conference.review.Review;
import cn.chuanyu.conference.review.ReviewAssignment;
import cn.chuanyu.conference.review.ReviewCriterion;
import cn.chuanyu.conference.review.ReviewForm;
import cn.chuanyu.conference.review.Reviews;
import cn.chuanyu.web.export.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A conference's papers, reviews, assignments and awards as sheets with Chinese headers, for the organisers: unlike the
 * blind views, they name authors and reviewers alike. Times are China's (Asia/Shanghai).
 */
@ApplicationScoped
public class ConferenceReports {

    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ConferenceClock.CHINA);
    private static final Map<String, String> STATUSES =
            Map.of("SUBMITTED", "已投稿", "UNDER_REVIEW", "评审中", "ACCEPTED", "已录用", "REJECTED", "未录用");
    private static final Map<String, String> RECOMMENDATIONS =
            Map.of("ACCEPT", "建议录用", "MINOR_REVISION", "小修后录用", "MAJOR_REVISION", "大修后再审", "REJECT", "建议不录用");
    private static final Map<String, String> GRADES =
            Map.of("SPECIAL", "特等奖", "FIRST", "一等奖", "SECOND", "二等奖", "THIRD", "三等奖");

    private final Conferences conferences;
    private final Reviews reviews;
    private final Awards awards;

    ConferenceReports(Conferences conferences, Reviews reviews, Awards awards) {
        this.conferences = conferences;
        this.reviews = reviews;
        this.awards = awards;
    }

    /** Refuses an unknown conference (404) before any file is made. */
    void requireConference(UUID conferenceId) {
        conferences.get(conferenceId);
    }

    /** 论文: one row per paper in order of submission, with its authors and review figures. */
    Sheet papers(UUID conferenceId) {
        List<List<Object>> rows = new ArrayList<>();
        for (Paper paper : papersOf(conferenceId)) {
            var tally = reviews.tally(paper.id);
            rows.add(cells(
                    rows.size() + 1,
                    paper.id.toString(),
                    paper.title,
                    paper.trackCode,
                    STATUSES.get(paper.status.name()),
                    authors(paper.authors),
                    paper.authors.stream()
                            .filter(Author::corresponding)
                            .map(Author::name)
                            .findFirst()
                            .orElse(null),
                    paper.crossRegion ? "是" : "否",
                    String.join("；", paper.keywords),
                    paper.submittedBy,
                    time(paper.submittedAt),
                    tally.assigned(),
                    tally.reviewed(),
                    tally.weightedScore(),
                    paper.decisionNote));
        }
        return new Sheet(
                "论文",
                List.of(
                        "序号", "论文编号", "题目", "分会场", "状态", "作者（单位）", "通讯作者", "川渝合作", "关键词", "投稿账号", "投稿时间", "评审专家数",
                        "已评审数", "加权得分", "结论说明"),
                rows);
    }

    /** 评审意见: every review with its scores per criterion of the conference's form, by paper then assignment. */
    Sheet reviews(UUID conferenceId) {
        List<ReviewCriterion> form = ReviewForm.criteriaOf(conferenceId);
        List<String> headers = new ArrayList<>(List.of("论文编号", "题目", "审稿人账号", "审稿人"));
        form.forEach(c -> headers.add(c.labelZh() + "（" + c.min() + "–" + c.max() + "）"));
        headers.addAll(List.of("推荐意见", "评审意见", "修订次数", "首次提交时间"));
        List<List<Object>> rows = new ArrayList<>();
        for (Paper paper : papersOf(conferenceId)) {
            for (ReviewAssignment assignment : assignmentsOf(paper)) {
                Review review = Review.findById(assignment.id);
                if (review == null) {
                    continue;
                }
                List<Object> row = cells(paper.id.toString(), paper.title, assignment.reviewer, name(assignment));
                form.forEach(c -> row.add(review.scores.get(c.key())));
                row.addAll(cells(
                        RECOMMENDATIONS.get(review.recommendation.name()),
                        review.comments,
                        review.revision,
                        time(review.submittedAt)));
                rows.add(row);
            }
        }
        return new Sheet("评审意见", headers, rows);
    }

    /** 评审分配: every assignment, by paper then time of assignment. */
    Sheet assignments(UUID conferenceId) {
        List<List<Object>> rows = new ArrayList<>();
        for (Paper paper : papersOf(conferenceId)) {
            for (ReviewAssignment assignment : assignmentsOf(paper)) {
                ExpertReviewer expert = ExpertReviewer.findById(assignment.reviewer);
                rows.add(cells(
                        paper.id.toString(),
                        paper.title,
                        assignment.reviewer,
                        expert.name,
                        expert.institution,
                        assignment.assignedBy,
                        time(assignment.assignedAt),
                        Review.findById(assignment.id) != null ? "是" : "否"));
            }
        }
        return new Sheet("评审分配", List.of("论文编号", "题目", "审稿人账号", "审稿人", "审稿人单位", "分配人", "分配时间", "已评审"), rows);
    }

    /** 获奖论文: every award granted, announced or not, 特等奖 first, then in order of granting. */
    Sheet awards(UUID conferenceId) {
        List<List<Object>> rows = new ArrayList<>();
        awards.of(conferenceId).forEach(award -> rows.add(awardRow(award, Paper.findById(award.paperId))));
        return new Sheet("获奖论文", List.of("论文编号", "题目", "奖项", "获奖评语", "作者（单位）", "授予人", "授予时间"), rows);
    }

    private static List<Object> awardRow(PaperAward award, Paper paper) {
        return cells(
                paper.id.toString(),
                paper.title,
                GRADES.get(award.grade.name()),
                award.citation,
                authors(paper.authors),
                award.grantedBy,
                time(award.grantedAt));
    }

    private static List<Paper> papersOf(UUID conferenceId) {
        return Paper.list("conferenceId = ?1 order by submittedAt, id", conferenceId);
    }

    private static List<ReviewAssignment> assignmentsOf(Paper paper) {
        return ReviewAssignment.list("paperId = ?1 order by assignedAt, id", paper.id);
    }

    private static String name(ReviewAssignment assignment) {
        return ExpertReviewer.<ExpertReviewer>findById(assignment.reviewer).name;
    }

    /** 郭超（四川大学玉米研究所）；贺俊（西南大学） */
    private static String authors(List<Author> authors) {
        return authors.stream().map(a -> a.name() + "（" + a.institution() + "）").collect(Collectors.joining("；"));
    }

    private static String time(Instant instant) {
        return instant == null ? null : CHINA_TIME.format(instant);
    }

    /** A mutable row: cells may be null (empty), which List.of refuses. */
    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        Collections.addAll(row, values);
        return row;
    }
}
