package cn.chuanyu.alliance.export;

import cn.chuanyu.alliance.board.BoardItem;
import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.board.BoardSearch;
import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.CollaborationProject;
import cn.chuanyu.alliance.project.Milestone;
import cn.chuanyu.alliance.project.Stage;
import cn.chuanyu.alliance.project.WorkChain;
import cn.chuanyu.alliance.recognition.RecognitionSummary;
import cn.chuanyu.alliance.recognition.TitleRecognitions;
import cn.chuanyu.alliance.release.ReleaseItemView;
import cn.chuanyu.alliance.release.ReleaseView;
import cn.chuanyu.alliance.release.Releases;
import cn.chuanyu.alliance.secondment.SecondmentSummary;
import cn.chuanyu.alliance.secondment.Secondments;
import cn.chuanyu.alliance.seminar.Seminars;
import cn.chuanyu.alliance.seminar.YearReport;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.export.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The alliance's lists as sheets with Chinese headers and labels. Each reads through the same service the REST listing
 * uses, so an export shows exactly what its reader may list.
 */
@ApplicationScoped
public class AllianceReports {

    private static final int PAGE = PageOf.MAX_SIZE;
    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AllianceClock.CHINA);
    private static final Map<BoardItemKind, String> KINDS =
            Map.of(BoardItemKind.DEMAND, "需求", BoardItemKind.RESOURCE, "资源", BoardItemKind.PROJECT, "项目");
    private static final Map<BoardItemStatus, String> STATUSES = Map.of(
            BoardItemStatus.DRAFT, "草稿",
            BoardItemStatus.SUBMITTED, "待审核",
            BoardItemStatus.PUBLISHED, "已发布",
            BoardItemStatus.WITHDRAWN, "已撤回",
            BoardItemStatus.EXPIRED, "已过期");
    private static final Map<Stage, String> STAGES = Map.of(
            Stage.DEMAND_PUBLISHED, "需求发布",
            Stage.PROJECT_COLLECTED, "项目收集",
            Stage.SIGNED, "签约共建",
            Stage.CONSULTING, "定期会商",
            Stage.JOINT_PROMOTION, "合力推动",
            Stage.COMPLETED, "已完成",
            Stage.CLOSED, "已关闭");

    private final BoardSearch board;
    private final Releases releases;
    private final WorkChain chain;
    private final Seminars seminars;
    private final Secondments secondments;
    private final TitleRecognitions recognitions;
    private final AllianceClock clock;

    AllianceReports(
            BoardSearch board,
            Releases releases,
            WorkChain chain,
            Seminars seminars,
            Secondments secondments,
            TitleRecognitions recognitions,
            AllianceClock clock) {
        this.board = board;
        this.releases = releases;
        this.chain = chain;
        this.seminars = seminars;
        this.secondments = secondments;
        this.recognitions = recognitions;
        this.clock = clock;
    }

    /**
     * The board as listBoardItems shows it to this caller (same filters, same rules), every page of it. Who may read it
     * is settled now (401/403); the items are read while the file is written, as one database stream in a read-only
     * transaction of their own, so that 100,000 of them take no more memory than a few.
     */
    public Sheet boardItems(BoardSearch.Filter filter, Caller caller) {
        BoardSearch.Scope scope = board.scope(filter, caller);
        return new Sheet(
                "联盟清单",
                List.of("编号", "高新区", "类别", "标题", "说明", "行业", "关键词", "联系人", "电话", "电子邮箱", "有效期起", "有效期止", "状态", "发布时间"),
                sink -> ExportTransaction.readOnly(() -> {
                    Map<String, String> zones = zoneNames();
                    LocalDate today = clock.today();
                    board.each(scope, item -> sink.accept(boardRow(item, zones, today)));
                }));
    }

    private static List<Object> boardRow(BoardItem i, Map<String, String> zones, LocalDate today) {
        return Arrays.asList(
                i.id.toString(),
                zones.getOrDefault(i.zoneCode, i.zoneCode),
                KINDS.get(i.kind),
                i.title,
                i.description,
                String.join("、", i.industries),
                String.join("、", i.keywords),
                i.contactName,
                i.contactPhone,
                i.contactEmail,
                i.validFrom.toString(),
                i.validUntil.toString(),
                STATUSES.get(i.statusOn(today)),
                time(i.publishedAt));
    }

    /** A published release's items, as released, with the interest they drew so far. */
    public Sheet release(UUID roundId) {
        ReleaseView release = releases.release(roundId, null, null);
        Map<String, String> zones = zoneNames();
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseItemView i : release.items()) {
            rows.add(Arrays.asList(
                    KINDS.get(i.kind()),
                    zones.getOrDefault(i.zone(), i.zone()),
                    i.title(),
                    i.description(),
                    String.join("、", i.industries()),
                    String.join("、", i.keywords()),
                    i.contactName(),
                    i.contactPhone(),
                    i.contactEmail(),
                    i.validFrom().toString(),
                    i.validUntil().toString(),
                    i.interestsExpressed(),
                    i.interestsAccepted()));
        }
        return new Sheet(
                release.name() + "发布清单",
                List.of("类别", "高新区", "标题", "说明", "行业", "关键词", "联系人", "电话", "电子邮箱", "有效期起", "有效期止", "对接意向数", "已接受意向数"),
                rows);
    }

    /** Projects (of a zone, as lead or partner, and of a stage: null for any), one row per milestone. */
    public Sheet projects(String zone, Stage stage) {
        Map<String, String> zones = zoneNames();
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        PageOf<CollaborationProject> found;
        do {
            found = chain.list(zone, stage, page++, PAGE);
            Map<UUID, List<Milestone>> milestones =
                    chain.milestones(found.items().stream().map(p -> p.id).toList());
            for (CollaborationProject p : found.items()) {
                List<Object> project = Arrays.asList(
                        p.title,
                        zones.getOrDefault(p.leadZone, p.leadZone),
                        STAGES.get(p.stage),
                        p.agreementDate == null ? null : p.agreementDate.toString(),
                        p.brokerName,
                        p.brokerCertificateNumber,
                        p.lastConsultedOn == null ? null : p.lastConsultedOn.toString());
                List<Milestone> ofProject = milestones.getOrDefault(p.id, List.of());
                if (ofProject.isEmpty()) {
                    rows.add(concat(project, Arrays.asList(null, null, null, null, null)));
                }
                for (Milestone m : ofProject) {
                    rows.add(concat(
                            project,
                            Arrays.asList(
                                    m.position,
                                    m.title,
                                    m.dueOn == null ? null : m.dueOn.toString(),
                                    m.progress,
                                    m.doneOn == null ? null : m.doneOn.toString())));
                }
            }
        } while ((long) page * PAGE < found.total());
        return new Sheet(
                "联盟项目",
                List.of(
                        "项目", "牵头高新区", "阶段", "签约日期", "技术经纪人", "经纪人证书编号", "最近会商日期", "里程碑序号", "里程碑", "计划完成日期", "进度（%）",
                        "完成日期"),
                rows);
    }

    /** Seminars per year, with the charter's "at least one a year" rule. */
    public Sheet seminarYears(Integer from, Integer to) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearReport y : seminars.report(from, to)) {
            rows.add(Arrays.asList(y.year(), y.seminars(), y.ruleMet() ? "是" : "否"));
        }
        return new Sheet("党建研讨会年度统计", List.of("年份", "研讨会场次", "达到每年至少一次"), rows);
    }

    /** Accepted secondments per year and zone pair, counted, without names. */
    public Sheet secondmentYears(Integer year) {
        List<List<Object>> rows = new ArrayList<>();
        for (SecondmentSummary s : secondments.yearlySummary(year)) {
            rows.add(Arrays.asList(
                    s.year(), s.homeZoneName(), s.hostZoneName(), s.cadres(), s.technicalStaff(), s.total()));
        }
        return new Sheet("互派挂职年度统计", List.of("年份", "派出高新区", "接收高新区", "干部", "专业技术人员", "合计"), rows);
    }

    /** Title recognitions per year and zone pair, counted, without names. */
    public Sheet recognitionYears(Integer year) {
        List<List<Object>> rows = new ArrayList<>();
        for (RecognitionSummary r : recognitions.yearlySummary(year)) {
            rows.add(Arrays.asList(r.year(), r.issuingZoneName(), r.recognisingZoneName(), r.inForce(), r.revoked()));
        }
        return new Sheet("职称互认年度统计", List.of("年份", "职称取得地", "互认高新区", "有效", "已撤销"), rows);
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> row = new ArrayList<>(first);
        row.addAll(second);
        return row;
    }

    private static String time(Instant instant) {
        return instant == null ? null : CHINA_TIME.format(instant);
    }

    private static Map<String, String> zoneNames() {
        return Zone.<Zone>listAll().stream().collect(Collectors.toMap(z -> z.code, z -> z.name));
    }
}
