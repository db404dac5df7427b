package cn.chuanyu.conference.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * V9 moves the four fixed scores of every existing review to the default form's criteria and records each review as its
 * first revision: a schema of its own is migrated to V8, given a review, then migrated to the latest version.
 */
@QuarkusTest
class ReviewScoreMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theScoresOfAReviewWrittenBeforeFormsBecomeItsDefaultFormScoresAndItsFirstRevision() throws Exception {
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try {
            flyway(schema).target("8").load().migrate();
            execute(schema, """
                    insert into conference (id, name, edition, city, starts_on, ends_on, organisers, call_opens_on,
                        call_closes_on, created_by, created_at)
                    values ('00000000-0000-0000-0000-0000000000c1', '首届川渝科技学术大会', 1, '成都', '2020-12-10',
                        '2020-12-10', '{四川省科学技术协会}', '2020-09-01', '2020-11-01', 'organiser', now());
                    insert into paper (id, conference_id, track_code, title, abstract, keywords, status, cross_region,
                        submitted_by, submitted_at, updated_at)
                    values ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000c1',
                        'life-sciences', '玉米株型调控基因的遗传解析', '摘要', '{}', 'UNDER_REVIEW', true, 'guochao',
                        now(), now());
                    insert into expert_reviewer (username, name, institution, region, registered_by, registered_at)
                    values ('reviewer', '评审专家', '中国科学技术协会', 'OTHER', 'organiser', now());
                    insert into review_assignment (id, paper_id, reviewer, assigned_by, assigned_at)
                    values ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000b1',
                        'reviewer', 'organiser', now());
                    insert into review (assignment_id, originality, significance, rigour, clarity, recommendation,
                        comments, submitted_at)
                    values ('00000000-0000-0000-0000-0000000000a1', 5, 4, 3, 2, 'ACCEPT', '原创性强，建议录用。', now());
                    """);
            flyway(schema).load().migrate();

            assertThat(rows(schema, "select criterion || '=' || score from review_score order by criterion"))
                    .containsExactly("clarity=2", "originality=5", "rigour=3", "significance=4");
            assertThat(rows(schema, "select revision || ' ' || comments from review"))
                    .containsExactly("1 原创性强，建议录用。");
            assertThat(rows(
                            schema,
                            "select r.revision || ' ' || s.criterion || '=' || s.score from review_revision r "
                                    + "join review_revision_score s on s.revision_id = r.id order by s.criterion"))
                    .containsExactly("1 clarity=2", "1 originality=5", "1 rigour=3", "1 significance=4");
        } finally {
            execute("public", "drop schema if exists " + schema + " cascade");
        }
    }

    private FluentConfiguration flyway(String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .outOfOrder(true)
                .locations("classpath:db/migration", "classpath:db/eventing", "classpath:db/web");
    }

    private void execute(String schema, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            statement.execute(sql);
            statement.execute("set search_path to public");
        }
    }

    private List<String> rows(String schema, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            statement.execute("set search_path to public");
            return rows;
        }
    }
}
