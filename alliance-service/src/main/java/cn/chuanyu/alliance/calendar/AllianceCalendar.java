package cn.chuanyu.alliance.calendar;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.CollaborationProject;
import cn.chuanyu.alliance.project.Consultation;
import cn.chuanyu.alliance.project.Stage;
import cn.chuanyu.alliance.seminar.Seminar;
import cn.chuanyu.alliance.zone.Zone;
import cn.chuanyu.calendar.FeedCalendar;
import cn.chuanyu.calendar.FeedEvent;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A zone's alliance calendar: the seminars (党建研讨会) it hosts or attends, and for the projects it leads or is a partner
 * of, the consultations (定期会商) held and the day the next one is due. The secretariat's is every seminar.
 */
@ApplicationScoped
public class AllianceCalendar {

    private static final String SECRETARIAT = "secretariat";
    private static final String ZONE = "zone:";
    /** The stages in which a project consults its parties regularly (as OverdueConsultations counts them). */
    private static final Set<Stage> CONSULTING = EnumSet.of(Stage.SIGNED, Stage.CONSULTING, Stage.JOINT_PROMOTION);

    private final EntityManager entities;
    private final AllianceClock clock;
    private final int overdueDays;
    private final String publicBase;

    AllianceCalendar(
            EntityManager entities,
            AllianceClock clock,
            @ConfigProperty(name = "chuanyu.alliance.consultation-overdue-days", defaultValue = "90") int overdueDays,
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBase) {
        this.entities = entities;
        this.clock = clock;
        this.overdueDays = overdueDays;
        this.publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
    }

    /**
     * What the feed shows is decided when it is created, from the creator's token (a calendar app brings none): the
     * secretariat, or the zone the officer's token names. An officer moved to another zone creates a new feed.
     */
    static String scopeOf(Caller caller) {
        if (caller.secretariat()) {
            return SECRETARIAT;
        }
        if (caller.zone() == null) {
            throw ProblemException.forbidden("calendar-needs-zone");
        }
        return ZONE + caller.zone();
    }

    /** The feed of the scope: RFC 5545 text. */
    public String of(String scope) {
        Map<String, String> zoneNames =
                Zone.<Zone>listAll().stream().collect(Collectors.toMap(zone -> zone.code, zone -> zone.name));
        List<FeedEvent> events = new ArrayList<>();
        if (SECRETARIAT.equals(scope)) {
            seminars(null).forEach(seminar -> events.add(event(seminar, zoneNames)));
        } else {
            String zone = scope.substring(ZONE.length());
            seminars(zone).forEach(seminar -> events.add(event(seminar, zoneNames)));
            consultations(zone, events);
        }
        return FeedCalendar.write("alliance", "川渝高新区党建联盟日程", events, clock.now());
    }

    /** Every seminar (zone null), or those the zone hosts or attends. */
    @SuppressWarnings("unchecked")
    private List<Seminar> seminars(String zone) {
        if (zone == null) {
            return Seminar.list("order by heldOn, id");
        }
        return entities.createNativeQuery("""
                        select * from seminar where host_zone = ?1 or ?1 = any(attending_zones)
                        order by held_on, id""", Seminar.class)
                .setParameter(1, zone)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private void consultations(String zone, List<FeedEvent> events) {
        List<CollaborationProject> projects = entities.createNativeQuery("""
                        select * from collaboration_project
                        where lead_zone = ?1 or ?1 = any(partner_zones)
                        order by created_at, id""", CollaborationProject.class)
                .setParameter(1, zone)
                .getResultList();
        if (projects.isEmpty()) {
            return;
        }
        Map<UUID, CollaborationProject> byId =
                projects.stream().collect(Collectors.toMap(project -> project.id, Function.identity()));
        Consultation.<Consultation>list("projectId in ?1 order by heldOn, id", byId.keySet())
                .forEach(held -> events.add(event(held, byId.get(held.projectId))));
        projects.stream()
                .filter(project -> CONSULTING.contains(project.stage))
                .forEach(project -> events.add(nextDue(project)));
    }

    private FeedEvent event(Seminar seminar, Map<String, String> zoneNames) {
        var description = new StringJoiner("\n");
        description.add("主办：" + zoneNames.getOrDefault(seminar.hostZone, seminar.hostZone));
        // the stored attending zones include the host, named just above
        description.add("参加："
                + seminar.attendingZones.stream()
                        .filter(code -> !code.equals(seminar.hostZone))
                        .map(code -> zoneNames.getOrDefault(code, code))
                        .collect(Collectors.joining("、")));
        if (seminar.summary != null) {
            description.add(seminar.summary);
        }
        return FeedEvent.days(
                        "seminar-" + seminar.id + "@alliance.chuanyu.cn", seminar.heldOn, seminar.heldOn, seminar.title)
                .at(zoneNames.getOrDefault(seminar.hostZone, seminar.hostZone))
                .describedAs(description.toString())
                .revision(0, seminar.recordedAt);
    }

    private FeedEvent event(Consultation consultation, CollaborationProject project) {
        return FeedEvent.days(
                        "consultation-" + consultation.id + "@alliance.chuanyu.cn",
                        consultation.heldOn,
                        consultation.heldOn,
                        "定期会商：" + project.title)
                .describedAs("参加：" + String.join("、", consultation.participants) + "\n纪要：" + consultation.minutes)
                .linkedTo(projectLink(project))
                .revision(0, consultation.recordedAt);
    }

    /** The day the project's consultation falls overdue; it moves (a new SEQUENCE) when a consultation is held. */
    private FeedEvent nextDue(CollaborationProject project) {
        LocalDate lastContact = project.lastConsultedOn != null ? project.lastConsultedOn : project.agreementDate;
        LocalDate due = lastContact.plusDays(overdueDays);
        return FeedEvent.days(
                        "consultation-due-" + project.id + "@alliance.chuanyu.cn", due, due, "定期会商到期：" + project.title)
                .describedAs("上次会商或签约：" + lastContact + "；超过 " + overdueDays + " 天未会商即逾期")
                .linkedTo(projectLink(project))
                .revision(project.version, null);
    }

    private URI projectLink(CollaborationProject project) {
        return URI.create(publicBase + "/api/alliance/projects/" + project.id);
    }
}
