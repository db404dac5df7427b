package cn.chuanyu.conference.calendar;

import cn.chuanyu.calendar.FeedCalendar;
import cn.chuanyu.calendar.FeedEvent;
import cn.chuanyu.conference.deadline.ReviewDeadline;
import cn.chuanyu.conference.edition.Conference;
import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.conference.manuscript.CameraReadyWindow;
import cn.chuanyu.conference.response.ResponseWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conference dates as calendar events. Everyone sees each conference's days and its call for papers; a private feed
 * adds what concerns its owner: for the conferences they submitted to, the author-response and camera-ready windows;
 * for those they review papers of, the review deadline; an organiser sees all of them for every conference.
 */
@ApplicationScoped
public class ConferenceCalendar {

    static final String ORGANISER = "organiser";

    private final EntityManager entities;
    private final ConferenceClock clock;
    private final String publicBase;

    ConferenceCalendar(
            EntityManager entities,
            ConferenceClock clock,
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBase) {
        this.entities = entities;
        this.clock = clock;
        this.publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
    }

    /** What a feed needs to know of its creator beyond their account: whether they organise (a realm role). */
    static String scopeOf(Caller caller) {
        return caller.organiser() ? ORGANISER : null;
    }

    /** Every conference's days and call for papers: public facts. */
    public String published() {
        List<FeedEvent> events = new ArrayList<>();
        Conference.<Conference>list("order by startsOn, id").forEach(conference -> publicEvents(conference, events));
        return FeedCalendar.write("conference", "川渝科技学术大会", events, clock.now());
    }

    /** The private feed of the account (with the scope it was created with). */
    public String of(String account, String scope) {
        boolean organiser = ORGANISER.equals(scope);
        Set<UUID> authored = organiser ? Set.of() : conferencesWhere("p.submitted_by = ?1", account);
        Set<UUID> reviewed = organiser
                ? Set.of()
                : conferencesWhere(
                        "exists (select 1 from review_assignment a where a.paper_id = p.id and a.reviewer = ?1)",
                        account);
        Set<UUID> involved = new HashSet<>(authored);
        involved.addAll(reviewed);
        List<Conference> conferences = organiser
                ? Conference.list("order by startsOn, id")
                : involved.isEmpty() ? List.of() : Conference.list("id in ?1 order by startsOn, id", involved);
        Map<UUID, Conference> byId = conferences.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<FeedEvent> events = new ArrayList<>();
        conferences.forEach(conference -> publicEvents(conference, events));
        Collection<UUID> asAuthor = organiser ? byId.keySet() : authored;
        Collection<UUID> asReviewer = organiser ? byId.keySet() : reviewed;
        if (!asReviewer.isEmpty()) {
            ReviewDeadline.<ReviewDeadline>list("conferenceId in ?1", asReviewer)
                    .forEach(deadline -> events.add(reviewDeadline(deadline, byId.get(deadline.conferenceId))));
        }
        if (!asAuthor.isEmpty()) {
            ResponseWindow.<ResponseWindow>list("conferenceId in ?1", asAuthor)
                    .forEach(window -> events.add(responseWindow(window, byId.get(window.conferenceId))));
            CameraReadyWindow.<CameraReadyWindow>list("conferenceId in ?1", asAuthor)
                    .forEach(window -> events.add(cameraReady(window, byId.get(window.conferenceId))));
        }
        return FeedCalendar.write("conference", "川渝科技学术大会 · 我的日程", events, clock.now());
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> conferencesWhere(String condition, String account) {
        return Set.copyOf(entities.createNativeQuery(
                        "select distinct p.conference_id from paper p where " + condition, UUID.class)
                .setParameter(1, account)
                .getResultList());
    }

    private void publicEvents(Conference conference, List<FeedEvent> events) {
        events.add(FeedEvent.days(
                        "conference-" + conference.id + "@conference.chuanyu.cn",
                        conference.startsOn,
                        conference.endsOn,
                        conference.name)
                .at(conference.city)
                .describedAs("第 " + conference.edition + " 届；主办：" + String.join("、", conference.organisers))
                .linkedTo(link(conference))
                .revision(conference.version, null));
        events.add(FeedEvent.days(
                        "call-closes-" + conference.id + "@conference.chuanyu.cn",
                        conference.callClosesOn,
                        conference.callClosesOn,
                        "论文截稿：" + conference.name)
                .describedAs("征稿自 " + conference.callOpensOn + " 起，至 " + conference.callClosesOn + " 止（北京时间）")
                .linkedTo(link(conference))
                .revision(conference.version, null));
    }

    private FeedEvent reviewDeadline(ReviewDeadline deadline, Conference conference) {
        return FeedEvent.days(
                        "review-deadline-" + conference.id + "@conference.chuanyu.cn",
                        deadline.dueOn,
                        deadline.dueOn,
                        "评审截止：" + conference.name)
                .linkedTo(link(conference))
                .revision(deadline.version, deadline.setAt);
    }

    private FeedEvent responseWindow(ResponseWindow window, Conference conference) {
        return FeedEvent.days(
                        "author-response-" + conference.id + "@conference.chuanyu.cn",
                        window.opensOn,
                        window.closesOn,
                        "作者答复期：" + conference.name)
                .describedAs("答复字数上限：" + window.wordLimit)
                .linkedTo(link(conference))
                .revision(window.version, window.setAt);
    }

    private FeedEvent cameraReady(CameraReadyWindow window, Conference conference) {
        return FeedEvent.days(
                        "camera-ready-" + conference.id + "@conference.chuanyu.cn",
                        window.opensOn,
                        window.closesOn,
                        "终稿提交期：" + conference.name)
                .describedAs("录用论文的提交人在此期间上传终稿 PDF")
                .linkedTo(link(conference))
                .revision(window.version, window.setAt);
    }

    private URI link(Conference conference) {
        return URI.create(publicBase + "/api/conference/conferences/" + conference.id);
    }
}
