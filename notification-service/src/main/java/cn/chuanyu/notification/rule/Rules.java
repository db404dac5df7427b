package cn.chuanyu.notification.rule;

import cn.chuanyu.eventing.inbox.IncomingEvent;
import cn.chuanyu.eventing.inbox.PoisonEventException;
import cn.chuanyu.notification.directory.Directory;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * From the contexts' events to the people they concern. Each rule reads only the event's published schema; the facts a
 * later event needs and does not carry (who holds a revoked certificate, which demands are open) are kept from earlier
 * events as this context's own read model.
 */
@ApplicationScoped
public class Rules {

    static final String ENROLLED = "cn.chuanyu.training.trainee.enrolled.v1";
    static final String EXAM_PASSED = "cn.chuanyu.training.exam.passed.v1";
    static final String EXAM_FAILED = "cn.chuanyu.training.exam.failed.v1";
    static final String CERTIFICATE_ISSUED = "cn.chuanyu.training.certificate.issued.v1";
    static final String CERTIFICATE_REVOKED = "cn.chuanyu.training.certificate.revoked.v1";
    static final String CERTIFICATE_EXPIRING = "cn.chuanyu.training.certificate.expiring.v1";
    static final String ATTENDANCE_UNREACHABLE = "cn.chuanyu.training.attendance.minimum-unreachable.v1";
    static final String BOARD_ITEM_PUBLISHED = "cn.chuanyu.alliance.board-item.published.v1";
    static final String BOARD_ITEM_WITHDRAWN = "cn.chuanyu.alliance.board-item.withdrawn.v1";
    static final String CONSULTATION_OVERDUE = "cn.chuanyu.alliance.project.consultation-overdue.v1";
    static final String SECONDMENT_PROPOSED = "cn.chuanyu.alliance.secondment.proposed.v1";
    static final String SECONDMENT_ANSWERED = "cn.chuanyu.alliance.secondment.answered.v1";
    static final String INTEREST_EXPRESSED = "cn.chuanyu.alliance.interest.expressed.v1";
    static final String INTEREST_ANSWERED = "cn.chuanyu.alliance.interest.answered.v1";
    static final String INTEREST_INTRODUCED = "cn.chuanyu.alliance.interest.introduced.v1";
    static final String BOARD_ITEM_SUBMITTED = "cn.chuanyu.alliance.board-item.submitted.v1";
    static final String BOARD_ITEM_RETURNED = "cn.chuanyu.alliance.board-item.returned.v1";
    static final String ZONE_MODERATION_CHANGED = "cn.chuanyu.alliance.zone.moderation-changed.v1";
    static final String SAVED_SEARCH_MATCHED = "cn.chuanyu.alliance.saved-search.matched.v1";
    static final String FOLLOWED_ITEM_CHANGED = "cn.chuanyu.alliance.followed-item.changed.v1";
    static final String FOLLOWED_PROJECT_STAGE_CHANGED = "cn.chuanyu.alliance.followed-project.stage-changed.v1";
    static final String INTENT_PUBLISHED = "cn.chuanyu.conference.intent.published.v1";
    static final String REVIEW_ASSIGNED = "cn.chuanyu.conference.review.assigned.v1";
    static final String REVIEW_REMINDER_DUE = "cn.chuanyu.conference.review.reminder-due.v1";
    static final String REVIEW_OVERDUE = "cn.chuanyu.conference.review.overdue.v1";
    static final String PAPER_DECIDED = "cn.chuanyu.conference.paper.decided.v1";
    static final String DISCUSSION_POSTED = "cn.chuanyu.conference.paper.discussion-posted.v1";
    static final String REVIEWS_RELEASED = "cn.chuanyu.conference.paper.reviews-released.v1";
    static final String AWARD_ANNOUNCED = "cn.chuanyu.conference.paper.award-announced.v1";

    private static final Map<String, String> LEVELS_ZH =
            Map.of("PRIMARY", "初级", "INTERMEDIATE", "中级", "ADVANCED", "高级");
    /** The alliance's twelve zones by code, as the alliance context names them. */
    private static final Map<String, String> ZONES_ZH = Map.ofEntries(
            Map.entry("chengdu", "成都高新区"),
            Map.entry("chongqing", "重庆高新区"),
            Map.entry("bishan", "璧山高新区"),
            Map.entry("deyang", "德阳高新区"),
            Map.entry("leshan", "乐山高新区"),
            Map.entry("luzhou", "泸州高新区"),
            Map.entry("mianyang", "绵阳高新区"),
            Map.entry("neijiang", "内江高新区"),
            Map.entry("panzhihua", "攀枝花钒钛高新区"),
            Map.entry("rongchang", "荣昌高新区"),
            Map.entry("yongchuan", "永川高新区"),
            Map.entry("zigong", "自贡高新区"));

    private static final Map<String, String> DECLINE_REASONS_ZH =
            Map.of("TOO_EARLY", "时机尚早", "BENEFIT_UNCLEAR", "合作收益不明确", "OUTSIDE_SCOPE", "不在需求范围内", "OTHER", "其他");

    private static final Map<String, String> BOARD_KINDS_ZH = Map.of("DEMAND", "需求", "RESOURCE", "资源", "PROJECT", "项目");

    private static final Map<String, String> STAGES_ZH = Map.of(
            "DEMAND_PUBLISHED", "需求发布",
            "PROJECT_COLLECTED", "项目收集",
            "SIGNED", "签约共建",
            "CONSULTING", "定期会商",
            "JOINT_PROMOTION", "合力推动",
            "COMPLETED", "已完成",
            "CLOSED", "已关闭");

    private static final Map<String, String> GRADES_ZH =
            Map.of("SPECIAL", "特等奖", "FIRST", "一等奖", "SECOND", "二等奖", "THIRD", "三等奖");
    private static final Map<String, String> GRADES_EN = Map.of(
            "SPECIAL", "special prize", "FIRST", "first prize", "SECOND", "second prize", "THIRD", "third prize");

    private final EntityManager entityManager;
    private final Directory directory;

    Rules(EntityManager entityManager, Directory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** The messages the event makes; updates the read models. Runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Message> apply(IncomingEvent event) {
        return switch (event.type()) {
            case ENROLLED -> List.of(enrolled(event));
            case EXAM_PASSED, EXAM_FAILED -> List.of(examResult(event));
            case CERTIFICATE_ISSUED -> List.of(certificateIssued(event));
            case CERTIFICATE_REVOKED -> certificateRevoked(event);
            case CERTIFICATE_EXPIRING -> List.of(certificateExpiring(event));
            case ATTENDANCE_UNREACHABLE -> attendanceUnreachable(event);
            case BOARD_ITEM_PUBLISHED -> demandPublished(event);
            case BOARD_ITEM_WITHDRAWN -> demandWithdrawn(event);
            case INTENT_PUBLISHED -> offerPublished(event);
            case CONSULTATION_OVERDUE -> consultationOverdue(event);
            case SECONDMENT_PROPOSED -> secondment(event, "hostZone", MessageKind.SECONDMENT_PROPOSED);
            case SECONDMENT_ANSWERED ->
                secondment(
                        event,
                        "homeZone",
                        "ACCEPTED".equals(event.requiredText("answer"))
                                ? MessageKind.SECONDMENT_ACCEPTED
                                : MessageKind.SECONDMENT_DECLINED);
            case INTEREST_EXPRESSED -> interestOwners(event, MessageKind.INTEREST_EXPRESSED);
            case INTEREST_ANSWERED ->
                List.of(interestExpresser(
                        event,
                        "ACCEPTED".equals(event.requiredText("answer"))
                                ? MessageKind.INTEREST_ACCEPTED
                                : MessageKind.INTEREST_DECLINED));
            case INTEREST_INTRODUCED -> {
                List<Message> told = new ArrayList<>(interestOwners(event, MessageKind.INTEREST_INTRODUCED));
                told.add(interestExpresser(event, MessageKind.INTEREST_INTRODUCED));
                yield told;
            }
            case BOARD_ITEM_SUBMITTED -> boardNotice(event, directory.secretariat(), MessageKind.BOARD_ITEM_SUBMITTED);
            case BOARD_ITEM_RETURNED ->
                boardNotice(event, directory.zoneOfficers(event.requiredText("zone")), MessageKind.BOARD_ITEM_RETURNED);
            case ZONE_MODERATION_CHANGED -> zoneModerationChanged(event);
            case SAVED_SEARCH_MATCHED -> savedSearchMatched(event);
            case FOLLOWED_ITEM_CHANGED -> followedItemChanged(event);
            case FOLLOWED_PROJECT_STAGE_CHANGED -> followedProjectStageChanged(event);
            case REVIEW_ASSIGNED -> List.of(reviewAssigned(event));
            case REVIEW_REMINDER_DUE -> List.of(reviewDeadline(event, MessageKind.REVIEW_REMINDER, "daysLeft"));
            case REVIEW_OVERDUE -> List.of(reviewDeadline(event, MessageKind.REVIEW_OVERDUE, "daysOverdue"));
            case PAPER_DECIDED -> paperDecided(event);
            case REVIEWS_RELEASED -> List.of(reviewsReleased(event));
            case DISCUSSION_POSTED -> discussionPosted(event);
            case AWARD_ANNOUNCED -> List.of(awardAnnounced(event));
            default -> List.of();
        };
    }

    private Message enrolled(IncomingEvent event) {
        JsonNode trainee = object(event, "trainee");
        boolean promoted = event.data().path("fromWaitingList").asBoolean(false);
        String enrolment = event.requiredText("enrolmentId");
        return new Message(
                text(event, trainee, "subject"),
                promoted ? MessageKind.TRAINEE_PROMOTED : MessageKind.TRAINEE_ENROLLED,
                Map.of(
                        "name",
                        text(event, trainee, "name"),
                        "enrolmentId",
                        enrolment,
                        "programme",
                        event.data().path("programmeName").asText("")),
                enrolment);
    }

    /** The reviewer, told the paper's title only: review is blind. */
    private Message reviewAssigned(IncomingEvent event) {
        JsonNode reviewer = object(event, "reviewer");
        return new Message(
                text(event, reviewer, "subject"),
                MessageKind.REVIEW_ASSIGNED,
                Map.of("name", text(event, reviewer, "name"), "title", event.requiredText("title")),
                event.requiredText("assignmentId"));
    }

    /** The reviewer, before or after the review deadline; the paper's title only, as for the assignment. */
    private Message reviewDeadline(IncomingEvent event, MessageKind kind, String daysField) {
        JsonNode reviewer = object(event, "reviewer");
        return new Message(
                text(event, reviewer, "subject"),
                kind,
                Map.of(
                        "name",
                        text(event, reviewer, "name"),
                        "title",
                        event.requiredText("title"),
                        "dueOn",
                        event.requiredText("dueOn"),
                        "days",
                        String.valueOf(event.data().path(daysField).asInt())),
                event.requiredText("assignmentId"));
    }

    /** The submitter; a decision published before it named the submitter concerns no one known. */
    private List<Message> paperDecided(IncomingEvent event) {
        String submitter = event.data().path("submittedBy").asText("");
        if (submitter.isBlank()) {
            return List.of();
        }
        boolean accepted = "ACCEPTED".equals(event.requiredText("decision"));
        String paper = event.requiredText("paperId");
        return List.of(new Message(
                submitter,
                accepted ? MessageKind.PAPER_ACCEPTED : MessageKind.PAPER_REJECTED,
                Map.of("title", event.requiredText("title")),
                paper));
    }

    /** The submitter, told to read the anonymised reviews; the event names no reviewer, nor does the message. */
    private Message reviewsReleased(IncomingEvent event) {
        return new Message(
                event.requiredText("submittedBy"),
                MessageKind.REVIEWS_RELEASED,
                Map.of(
                        "title",
                        event.requiredText("title"),
                        "count",
                        String.valueOf(event.data().path("reviewCount").asInt())),
                event.requiredText("paperId"));
    }

    /** The account that submitted the paper (the authors themselves have no accounts in the conference context). */
    private Message awardAnnounced(IncomingEvent event) {
        String grade = event.requiredText("grade");
        return new Message(
                event.requiredText("submittedBy"),
                MessageKind.PAPER_AWARDED,
                Map.of(
                        "title", event.requiredText("title"),
                        "grade", GRADES_ZH.getOrDefault(grade, grade),
                        "gradeEn", GRADES_EN.getOrDefault(grade, grade)),
                event.requiredText("paperId"));
    }

    private Message examResult(IncomingEvent event) {
        JsonNode trainee = object(event, "trainee");
        boolean passed = EXAM_PASSED.equals(event.type());
        String enrolment = event.requiredText("enrolmentId");
        return new Message(
                text(event, trainee, "subject"),
                passed ? MessageKind.EXAM_PASSED : MessageKind.EXAM_FAILED,
                Map.of(
                        "name", text(event, trainee, "name"),
                        "score", number(event.data().path("score")),
                        "passMark", number(event.data().path("passMark")),
                        "attempt", event.data().path("attempt").asText(),
                        "retakesLeft", event.data().path("retakesLeft").asText("0")),
                enrolment);
    }

    private Message certificateIssued(IncomingEvent event) {
        JsonNode holder = object(event, "holder");
        String id = event.requiredText("certificateId");
        String number = event.requiredText("certificateNumber");
        String subject = text(event, holder, "subject");
        String name = text(event, holder, "name");
        entityManager
                .createNativeQuery("""
                        insert into certificate_holder (certificate_id, certificate_number, holder_subject, holder_name)
                        values (cast(?1 as uuid), ?2, ?3, ?4) on conflict (certificate_id) do nothing""")
                .setParameter(1, id)
                .setParameter(2, number)
                .setParameter(3, subject)
                .setParameter(4, name)
                .executeUpdate();
        String level = event.requiredText("level");
        return new Message(
                subject,
                MessageKind.CERTIFICATE_ISSUED,
                Map.of(
                        "name",
                        name,
                        "number",
                        number,
                        "level",
                        LEVELS_ZH.getOrDefault(level, level),
                        "levelCode",
                        level,
                        "issuedOn",
                        event.requiredText("issuedOn"),
                        "expiresOn",
                        event.requiredText("expiresOn")),
                id);
    }

    /** The holder the event names, or (for events published before it named them) the one its issue named. */
    private List<Message> certificateRevoked(IncomingEvent event) {
        String id = event.requiredText("certificateId");
        JsonNode named = event.data().get("holder");
        if (named != null && named.isObject()) {
            return List.of(revoked(event, id, text(event, named, "subject"), text(event, named, "name")));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> holders =
                entityManager.createNativeQuery("""
                        select holder_subject, holder_name from certificate_holder
                        where certificate_id = cast(?1 as uuid)""").setParameter(1, id).getResultList();
        if (holders.isEmpty()) {
            // issued before this context listened: the event does not name the holder (noted for the contract)
            return List.of();
        }
        Object[] holder = holders.get(0);
        return List.of(revoked(event, id, (String) holder[0], (String) holder[1]));
    }

    private static Message revoked(IncomingEvent event, String id, String subject, String name) {
        return new Message(
                subject,
                MessageKind.CERTIFICATE_REVOKED,
                Map.of(
                        "name", name,
                        "number", event.requiredText("certificateNumber"),
                        "reason", event.requiredText("reason")),
                id);
    }

    private static Message certificateExpiring(IncomingEvent event) {
        JsonNode holder = object(event, "holder");
        String level = event.requiredText("level");
        return new Message(
                text(event, holder, "subject"),
                MessageKind.CERTIFICATE_EXPIRING,
                Map.of(
                        "name", text(event, holder, "name"),
                        "number", event.requiredText("certificateNumber"),
                        "level", LEVELS_ZH.getOrDefault(level, level),
                        "levelCode", level,
                        "expiresOn", event.requiredText("expiresOn"),
                        "daysLeft", event.data().path("daysLeft").asText()),
                event.requiredText("certificateId"));
    }

    /** The trainee, and the instructor of the course whose record made the minimum unreachable. */
    private static List<Message> attendanceUnreachable(IncomingEvent event) {
        JsonNode trainee = object(event, "trainee");
        String enrolment = event.requiredText("enrolmentId");
        Map<String, String> params = Map.of(
                "name", text(event, trainee, "name"),
                "programme", event.requiredText("programmeName"),
                "course", event.requiredText("courseTitle"),
                "missed", event.data().path("sessionsMissed").asText(),
                "total", event.data().path("sessionsTotal").asText(),
                "best", percent(event.data().path("bestAchievableRate")),
                "minimum", percent(event.data().path("minimumRate")));
        String subject = text(event, trainee, "subject");
        String instructor = event.requiredText("instructor");
        List<Message> messages = new ArrayList<>();
        messages.add(new Message(subject, MessageKind.ATTENDANCE_SHORTFALL, params, enrolment));
        if (!instructor.equals(subject)) {
            messages.add(new Message(instructor, MessageKind.ATTENDANCE_SHORTFALL_INSTRUCTOR, params, enrolment));
        }
        return messages;
    }

    private List<Message> demandPublished(IncomingEvent event) {
        if (!"DEMAND".equals(event.requiredText("kind"))) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        terms.addAll(texts(event.data().path("industries")));
        terms.addAll(texts(event.data().path("keywords")));
        entityManager
                .createNativeQuery("""
                        insert into open_demand (item_id, zone, title, terms) values (cast(?1 as uuid), ?2, ?3, ?4)
                        on conflict (item_id) do update set zone = excluded.zone, title = excluded.title,
                            terms = excluded.terms""")
                .setParameter(1, event.requiredText("itemId"))
                .setParameter(2, event.requiredText("zone"))
                .setParameter(3, event.requiredText("title"))
                .setParameter(4, terms.toArray(String[]::new))
                .executeUpdate();
        return List.of();
    }

    private List<Message> demandWithdrawn(IncomingEvent event) {
        entityManager
                .createNativeQuery("delete from open_demand where item_id = cast(?1 as uuid)")
                .setParameter(1, event.requiredText("itemId"))
                .executeUpdate();
        return List.of();
    }

    /** A new offer whose disciplines or keywords name an open demand's industry or keyword: the demand's zone. */
    private List<Message> offerPublished(IncomingEvent event) {
        if (!"OFFER".equals(event.requiredText("kind"))) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        terms.addAll(texts(event.data().path("disciplines")));
        terms.addAll(texts(event.data().path("keywords")));
        @SuppressWarnings("unchecked")
        List<Object[]> demands = entityManager
                .createNativeQuery("""
                        select zone, title from open_demand where terms && cast(?1 as text[]) order by zone, title""")
                .setParameter(1, terms.toArray(String[]::new))
                .getResultList();
        String intent = event.requiredText("intentId");
        String offerTitle = event.requiredText("title");
        List<Message> messages = new ArrayList<>();
        Set<String> told = new LinkedHashSet<>();
        for (Object[] demand : demands) {
            for (String officer : directory.zoneOfficers((String) demand[0])) {
                if (told.add(officer)) {
                    messages.add(new Message(
                            officer,
                            MessageKind.OFFER_MATCHED,
                            Map.of("offerTitle", offerTitle, "demandTitle", (String) demand[1]),
                            intent));
                }
            }
        }
        return messages;
    }

    /** The officers of every zone of the project, each once. */
    private List<Message> consultationOverdue(IncomingEvent event) {
        Set<String> zones = new LinkedHashSet<>();
        zones.add(event.requiredText("leadZone"));
        zones.addAll(texts(event.data().path("partnerZones")));
        String project = event.requiredText("projectId");
        Map<String, String> params = Map.of(
                "title", event.requiredText("title"),
                "lastContactOn", event.requiredText("lastContactOn"),
                "days", event.data().path("daysSinceLastContact").asText(),
                "allowedDays", event.data().path("allowedDays").asText());
        Set<String> told = new LinkedHashSet<>();
        for (String zone : zones) {
            told.addAll(directory.zoneOfficers(zone));
        }
        return told.stream()
                .map(officer -> new Message(officer, MessageKind.CONSULTATION_OVERDUE, params, project))
                .toList();
    }

    /** The officers of the other zone: the host hears of a proposal, the home zone of the answer. */
    private List<Message> secondment(IncomingEvent event, String zoneField, MessageKind kind) {
        String kindCode = event.requiredText("kind");
        Map<String, String> params = Map.of(
                "person", event.requiredText("personName"),
                "personKind", "CADRE".equals(kindCode) ? "干部" : "专业技术人员",
                "personKindEn", "CADRE".equals(kindCode) ? "cadre" : "technical staff member",
                "homeZone", ZONES_ZH.getOrDefault(event.requiredText("homeZone"), event.requiredText("homeZone")),
                "hostZone", ZONES_ZH.getOrDefault(event.requiredText("hostZone"), event.requiredText("hostZone")),
                "startsOn", event.requiredText("startsOn"),
                "endsOn", event.requiredText("endsOn"),
                "note", event.data().path("note").asText(""));
        String secondment = event.requiredText("secondmentId");
        return directory.zoneOfficers(event.requiredText(zoneField)).stream()
                .map(officer -> new Message(officer, kind, params, secondment))
                .toList();
    }

    /** The paper's other reviewers, told that someone (as they read them) posted in its discussion. */
    private static List<Message> discussionPosted(IncomingEvent event) {
        String postedAs = event.requiredText("postedAs");
        Map<String, String> params = Map.of(
                "title",
                event.requiredText("title"),
                "postedAs",
                postedAs,
                "postedAsEn",
                postedAs.startsWith("审稿人") ? postedAs.replace("审稿人", "Reviewer") : "the organisers");
        String paper = event.requiredText("paperId");
        List<Message> told = new ArrayList<>();
        event.data()
                .path("recipients")
                .forEach(r -> told.add(new Message(r.asText(), MessageKind.DISCUSSION_POSTED, params, paper)));
        return told;
    }

    /** The secretariat hears of an item to approve, the item's zone's officers of one returned (with the reason). */
    private static List<Message> boardNotice(IncomingEvent event, List<String> recipients, MessageKind kind) {
        String zone = event.requiredText("zone");
        String kindCode = event.requiredText("kind");
        Map<String, String> params = Map.of(
                "title", event.requiredText("title"),
                "zone", ZONES_ZH.getOrDefault(zone, zone),
                "zoneCode", zone,
                "kind", BOARD_KINDS_ZH.getOrDefault(kindCode, kindCode),
                "kindEn", kindCode.toLowerCase(Locale.ROOT),
                "reason", event.data().path("reason").asText(""));
        String item = event.requiredText("itemId");
        return recipients.stream()
                .distinct()
                .map(user -> new Message(user, kind, params, item))
                .toList();
    }

    /** The zone's officers: from now on their publications wait for the secretariat, or no longer do. */
    private List<Message> zoneModerationChanged(IncomingEvent event) {
        String zone = event.requiredText("zone");
        MessageKind kind = event.requiredBoolean("moderationRequired")
                ? MessageKind.ZONE_MODERATION_REQUIRED
                : MessageKind.ZONE_MODERATION_LIFTED;
        Map<String, String> params = Map.of("zone", ZONES_ZH.getOrDefault(zone, zone), "zoneCode", zone);
        return directory.zoneOfficers(zone).stream()
                .distinct()
                .map(user -> new Message(user, kind, params, zone))
                .toList();
    }

    /** Each owner of matching saved searches, told the names of their own searches only. */
    private static List<Message> savedSearchMatched(IncomingEvent event) {
        String item = event.requiredText("itemId");
        List<Message> told = new ArrayList<>();
        for (JsonNode recipient : event.data().path("recipients")) {
            List<String> searches = texts(recipient.path("searches"));
            Map<String, String> params = new HashMap<>(itemParams(event));
            params.put("searches", String.join("、", searches));
            params.put("searchesEn", String.join(", ", searches));
            told.add(new Message(text(event, recipient, "user"), MessageKind.SAVED_SEARCH_MATCHED, params, item));
        }
        return told;
    }

    /** The item's followers: it was withdrawn, or it expired. */
    private static List<Message> followedItemChanged(IncomingEvent event) {
        MessageKind kind = "EXPIRED".equals(event.requiredText("status"))
                ? MessageKind.FOLLOWED_ITEM_EXPIRED
                : MessageKind.FOLLOWED_ITEM_WITHDRAWN;
        Map<String, String> params = itemParams(event);
        String item = event.requiredText("itemId");
        return texts(event.data().path("followers")).stream()
                .map(follower -> new Message(follower, kind, params, item))
                .toList();
    }

    /** The project's followers, told the stage it left and the one it reached. */
    private static List<Message> followedProjectStageChanged(IncomingEvent event) {
        String from = event.requiredText("from");
        String to = event.requiredText("to");
        Map<String, String> params = Map.of(
                "title", event.requiredText("title"),
                "from", STAGES_ZH.getOrDefault(from, from),
                "to", STAGES_ZH.getOrDefault(to, to),
                "fromEn", from.toLowerCase(Locale.ROOT).replace('_', ' '),
                "toEn", to.toLowerCase(Locale.ROOT).replace('_', ' '));
        String project = event.requiredText("projectId");
        return texts(event.data().path("followers")).stream()
                .map(follower -> new Message(follower, MessageKind.FOLLOWED_PROJECT_STAGE_CHANGED, params, project))
                .toList();
    }

    private static Map<String, String> itemParams(IncomingEvent event) {
        String zone = event.requiredText("zone");
        String kindCode = event.requiredText("kind");
        return Map.of(
                "title", event.requiredText("title"),
                "zone", ZONES_ZH.getOrDefault(zone, zone),
                "zoneCode", zone,
                "kind", BOARD_KINDS_ZH.getOrDefault(kindCode, kindCode),
                "kindEn", kindCode.toLowerCase(Locale.ROOT));
    }

    /** The owning side of an interest: the item's zone's officers, or the offer's author. */
    private List<Message> interestOwners(IncomingEvent event, MessageKind kind) {
        String zone = event.data().path("ownerZone").asText("");
        List<String> owners = zone.isEmpty() ? List.of(event.requiredText("ownerUser")) : directory.zoneOfficers(zone);
        Map<String, String> params = interestParams(event);
        return owners.stream()
                .map(owner -> new Message(owner, kind, params, event.requiredText("interestId")))
                .toList();
    }

    private Message interestExpresser(IncomingEvent event, MessageKind kind) {
        return new Message(
                event.requiredText("expressedBy"), kind, interestParams(event), event.requiredText("interestId"));
    }

    private static Map<String, String> interestParams(IncomingEvent event) {
        String zone = event.data().path("ownerZone").asText("");
        String reason = event.data().path("declineReason").asText("");
        return Map.of(
                "target", event.requiredText("targetTitle"),
                "owner", zone.isEmpty() ? "" : ZONES_ZH.getOrDefault(zone, zone),
                "organisation", event.data().path("organisation").asText(""),
                "reason", DECLINE_REASONS_ZH.getOrDefault(reason, ""),
                "reasonEn", reason.toLowerCase(Locale.ROOT).replace('_', ' '),
                "note", event.data().path("note").asText(""),
                "broker", event.data().path("brokerName").asText(""),
                "brokerNumber", event.data().path("brokerCertificateNumber").asText(""));
    }

    private static JsonNode object(IncomingEvent event, String field) {
        JsonNode node = event.data().get(field);
        if (node == null || !node.isObject()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no object '" + field + "'");
        }
        return node;
    }

    private static String text(IncomingEvent event, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no text field '" + field + "'");
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** 0.6 as 60, 0.8125 as 81.25: a rate printed as a percentage. */
    private static String percent(JsonNode rate) {
        return rate.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** 86.0 as 86, 86.5 as 86.5: how a score is printed. */
    private static String number(JsonNode value) {
        return value.decimalValue().stripTrailingZeros().toPlainString();
    }
}
