package cn.chuanyu.training.broker;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.testing.EventSchemas;
import java.time.Instant;
import java.util.UUID;

/** Project events as the alliance context publishes them, checked against their contract. */
final class ProjectEventFixtures {

    static final String TOPIC = "chuanyu.alliance.projects";
    static final String SOURCE = "/chuanyu/alliance-service";

    private ProjectEventFixtures() {}

    static String signed(
            UUID projectId, String title, String brokerSubject, String brokerName, String certificateNumber) {
        String template = """
                {"projectId": "%s", "title": "%s", "leadZone": "chongqing", "from": "PROJECT_COLLECTED", "to": "SIGNED",
                 "changedAt": "%s", "changedBy": "officer-chongqing", "note": "签约共建",
                 "signing": {"agreementDate": "2021-03-18",
                   "parties": [{"name": "重庆高新区", "zone": "chongqing"}, {"name": "电子科技大学", "zone": null}],
                   "broker": {"certificateNumber": "%s", "subject": "%s", "name": "%s"}}}""";
        return conforming(
                template.formatted(projectId, title, Instant.now(), certificateNumber, brokerSubject, brokerName));
    }

    static String consulting(UUID projectId) {
        String template = """
                {"projectId": "%s", "title": "定期会商", "leadZone": "chongqing", "from": "SIGNED", "to": "CONSULTING",
                 "changedAt": "%s", "changedBy": "officer-chongqing", "note": null}""";
        return conforming(template.formatted(projectId, Instant.now()));
    }

    private static String conforming(String data) {
        assertThat(EventSchemas.violations(PracticeRecords.STAGE_CHANGED, data))
                .as("test event must honour the contract")
                .isEmpty();
        return data;
    }
}
