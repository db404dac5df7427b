package cn.chuanyu.alliance.project;

import cn.chuanyu.eventing.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The work-chain facts this context publishes: one event per stage change; contract in event-contracts. */
final class ProjectEvents {

    static final String TOPIC = "chuanyu.alliance.projects";
    static final String STAGE_CHANGED = "cn.chuanyu.alliance.project.stage-changed.v1";
    static final String CONSULTATION_OVERDUE = "cn.chuanyu.alliance.project.consultation-overdue.v1";
    private static final String AGGREGATE = "collaboration-project";

    private ProjectEvents() {}

    static OutgoingEvent stageChanged(CollaborationProject project, ProjectTransition transition) {
        Map<String, Object> data = new HashMap<>();
        data.put("projectId", project.id.toString());
        data.put("title", project.title);
        data.put("leadZone", project.leadZone);
        data.put("from", transition.fromStage == null ? null : transition.fromStage.name());
        data.put("to", transition.toStage.name());
        data.put("changedAt", transition.at.toString());
        data.put("changedBy", transition.actor);
        data.put("note", transition.note);
        if (transition.toStage == Stage.SIGNED) {
            data.put("signing", signing(project));
        }
        return new OutgoingEvent(TOPIC, STAGE_CHANGED, AGGREGATE, project.id.toString(), data);
    }

    static OutgoingEvent consultationOverdue(
            CollaborationProject project, long daysSince, int allowedDays, Instant noticedAt) {
        Map<String, Object> data = new HashMap<>();
        data.put("projectId", project.id.toString());
        data.put("title", project.title);
        data.put("leadZone", project.leadZone);
        data.put("partnerZones", List.copyOf(project.partnerZones));
        data.put("stage", project.stage.name());
        data.put("lastContactOn", project.lastContact().toString());
        data.put("lastConsultedOn", project.lastConsultedOn == null ? null : project.lastConsultedOn.toString());
        data.put("daysSinceLastContact", daysSince);
        data.put("allowedDays", allowedDays);
        data.put("noticedAt", noticedAt.toString());
        return new OutgoingEvent(TOPIC, CONSULTATION_OVERDUE, AGGREGATE, project.id.toString(), data);
    }

    private static Map<String, Object> signing(CollaborationProject project) {
        List<Map<String, Object>> parties = project.parties.stream()
                .map(p -> {
                    Map<String, Object> party = new HashMap<>();
                    party.put("name", p.name());
                    party.put("zone", p.zone());
                    return party;
                })
                .toList();
        return Map.of(
                "agreementDate",
                project.agreementDate.toString(),
                "parties",
                parties,
                "broker",
                Map.of(
                        "certificateNumber",
                        project.brokerCertificateNumber,
                        "subject",
                        project.brokerSubject,
                        "name",
                        project.brokerName));
    }
}
