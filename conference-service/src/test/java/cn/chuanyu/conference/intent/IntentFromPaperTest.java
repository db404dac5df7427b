package cn.chuanyu.conference.intent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.chuanyu.conference.edition.ConferenceFixtures;
import cn.chuanyu.conference.paper.PaperFixtures;
import cn.chuanyu.conference.paper.Papers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntentFromPaperTest {

    @Inject
    Papers papers;

    @Test
    @TestSecurity(user = IntentFixtures.FAN_CONG, roles = "researcher")
    void anIntentCanComeFromOnesOwnPaperOnly() {
        UUID conference = ConferenceFixtures.withOpenCall();
        UUID own = QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), IntentFixtures.FAN_CONG).id);
        UUID someoneElses = QuarkusTransaction.requiringNew()
                .call(() -> papers.submit(conference, PaperFixtures.cropGenetics(), PaperFixtures.GUO_CHAO).id);

        given().contentType(ContentType.JSON)
                .body(fromPaper(own))
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(201)
                .body("paperId", equalTo(own.toString()));
        given().contentType(ContentType.JSON)
                .body(fromPaper(someoneElses))
                .when()
                .post("/api/conference/intents")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://chuanyu.cn/problems/not-your-paper"));
    }

    private static PublishIntentRequest fromPaper(UUID paper) {
        var base = IntentFixtures.potassiumIonBatteries();
        return new PublishIntentRequest(
                base.kind(),
                base.title(),
                base.summary(),
                base.disciplines(),
                base.keywords(),
                base.partnerTypesSought(),
                base.regionsSought(),
                paper,
                base.institution());
    }
}
