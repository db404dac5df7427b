package cn.chuanyu.conference.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.audit.AuditFilter;
import cn.chuanyu.audit.AuditTrail;
import cn.chuanyu.audit.AuditedAggregates;
import cn.chuanyu.conference.Region;
import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.Author;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.PaperRequest;
import cn.chuanyu.conference.paper.Papers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conference's audit trail (留痕): what organisers read about who changed a paper, and what nobody can alter. */
@QuarkusTest
class ConferenceAuditTrailTest {

    private static final String ENTRIES = "/api/conference/audit-entries";

    @Inject
    Papers papers;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditedAggregates aggregates;

    @Inject
    AuditTrail trail;

    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = PaperFixtures.GUO_CHAO, roles = "researcher")
    void anAuthorsEditIsRecordedWithTheRequestTheChangedFieldsAndTheAuthorListBeforeAndAfter()
            throws JsonProcessingException {
        UUID conference = ConferenceFixtures.withOpenCall();
        UUID paper = submitted(conference);
        String requestId = "audit-" + paper;

        given().contentType(ContentType.JSON)
                .header("X-Request-Id", requestId)
                .body(edited(0))
                .when()
                .put("/api/conference/papers/" + paper)
                .then()
                .statusCode(200);
        // a stale version is refused and leaves no entry
        given().contentType(ContentType.JSON)
                .body(edited(0))
                .when()
                .put("/api/conference/papers/" + paper)
                .then()
                .statusCode(409);

        JsonPath page = asOrganiser(Map.of("aggregateType", "Paper", "aggregateId", paper.toString()));
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(page.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(page.getString("items[0].actor")).isEqualTo(PaperFixtures.GUO_CHAO);
        assertThat(page.getList("items[0].roles")).containsExactly("researcher");
        assertThat(page.getString("items[0].requestId")).isEqualTo(requestId);
        assertThat(page.getString("items[0].scope")).isEqualTo(conference.toString());
        List<Map<String, Object>> changes = page.getList("items[0].changes");
        assertThat(changes)
                .extracting(change -> change.get("field"))
                .contains("title", "authors")
                .doesNotContain("abstractText", "keywords", "track", "submittedBy");
        assertThat(changes).contains(change("title", "玉米株型调控基因的遗传解析", "玉米株型调控基因的遗传解析（修订）"));
        Map<String, Object> authors = changes.stream()
                .filter(change -> change.get("field").equals("authors"))
                .findFirst()
                .orElseThrow();
        assertThat(names(authors.get("before"))).containsExactly("郭超", "贺俊");
        assertThat(names(authors.get("after"))).containsExactly("郭超", "贺俊", "李娜");

        // the submission (made outside a request, by the service itself) lists the initial authors in order
        assertThat(page.getString("items[1].action")).isEqualTo("CREATED");
        assertThat(page.getString("items[1].actor")).isEqualTo(PaperFixtures.GUO_CHAO);
        assertThat(page.getList("items[1].changes.find { it.field == 'authors' }.after.institution"))
                .containsExactly("四川大学玉米研究所", "西南大学");
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void organisersReadOneConferencesTrailByItsId() {
        UUID mine = ConferenceFixtures.withOpenCall();
        UUID other = ConferenceFixtures.withOpenCall();
        UUID paper = submitted(mine);
        submitted(other);

        JsonPath page = entries(Map.of("conferenceId", mine.toString(), "size", 100));
        assertThat(page.getList("items.scope", String.class)).containsOnly(mine.toString());
        assertThat(page.getList("items.aggregateId", String.class)).contains(mine.toString(), paper.toString());
        assertThat(page.getList("items.aggregateId", String.class)).doesNotContain(other.toString());
        assertThat(page.getString("items.find { it.aggregateType == 'Conference' }.changes.find { it.field == "
                        + "'tracks' }.after[0].name"))
                .isNotBlank();
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void theDatabaseRefusesToAlterOrEraseTheTrailOfRecordsAndOfTheirCollections() {
        UUID paper = submitted(ConferenceFixtures.withOpenCall());
        for (String sql : List.of(
                "update paper_aud set title = '篡改' where id = '" + paper + "'",
                "delete from paper_author_aud where paper_id = '" + paper + "'",
                "truncate paper_author_aud",
                "update audit_revision set zone = 'LUZHOU'")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .run(() -> entityManager.createNativeQuery(sql).executeUpdate()))
                    .as(sql)
                    .hasStackTraceContaining("the audit trail is immutable");
        }
        assertThat(entries(Map.of("aggregateId", paper.toString()))
                        .getList("items[0].changes.find { it.field == 'authors' }.after.name"))
                .containsExactly("郭超", "贺俊");
    }

    @Test
    @TestSecurity(user = ConferenceFixtures.ORGANISER, roles = "organiser")
    void theDocumentedTypesAreTheAuditedOnesAndAnUnknownOneOrABadConferenceIdIsAProblem() {
        List<String> documented = given().when()
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath()
                .getList("paths.'" + ENTRIES + "'.get.parameters.find { it.name == 'aggregateType' }.schema.enum");
        assertThat(documented).containsExactlyElementsOf(aggregates.types());

        given().queryParam("aggregateType", "Enrolment")
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.cn/problems/invalid-audit-filter"));
        given().queryParam("conferenceId", "not-a-uuid")
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "ops", roles = "platform-admin")
    void aPlatformAdministratorReadsTheTrail() {
        given().queryParam("size", 1).when().get(ENTRIES).then().statusCode(200).body("size", equalTo(1));
    }

    @Test
    @TestSecurity(
            user = "hejun",
            roles = {"researcher", "reviewer"})
    void authorsAndReviewersCannotReadTheTrail() {
        given().when()
                .get(ENTRIES)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://chuanyu.cn/problems/forbidden"));
    }

    private UUID submitted(UUID conference) {
        return QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);
    }

    private static PaperRequest edited(long version) {
        PaperRequest request = PaperFixtures.cropGenetics();
        List<Author> authors = new ArrayList<>(request.authors());
        authors.add(new Author("李娜", null, "重庆大学", Region.CHONGQING, false));
        return new PaperRequest(
                request.track(), "玉米株型调控基因的遗传解析（修订）", request.abstractText(), request.keywords(), authors, version);
    }

    /** Reads a paper's entries as the listing answers an organiser, from the trail itself (the caller is an author). */
    private JsonPath asOrganiser(Map<String, Object> query) throws JsonProcessingException {
        AuditFilter filter = AuditFilter.of(
                aggregates, (String) query.get("aggregateType"), (String) query.get("aggregateId"), null, null, null);
        return JsonPath.from(json.writeValueAsString(trail.page(filter, 0, 20)));
    }

    private static JsonPath entries(Map<String, Object> query) {
        return given().queryParams(query)
                .when()
                .get(ENTRIES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Object authors) {
        return ((List<Map<String, Object>>) authors)
                .stream().map(author -> author.get("name")).toList();
    }

    private static Map<String, Object> change(String field, Object before, Object after) {
        var change = new HashMap<String, Object>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", after);
        return change;
    }
}
