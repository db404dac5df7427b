package cn.chuanyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLoaderTest {

    @Test
    void splitsAScriptIntoItsStatementsKeepingCommentsInsideThem() {
        List<String> statements = DataLoader.statements("""
                -- header comment
                create temporary table t as
                select 1 as n;

                insert into x (a)
                -- inside
                select n from t;
                vacuum analyze x;
                """);

        assertThat(statements)
                .containsExactly(
                        "create temporary table t as\nselect 1 as n",
                        "insert into x (a)\n-- inside\nselect n from t",
                        "vacuum analyze x");
    }

    @Test
    void theDataScriptsSplitIntoWholeStatements() throws Exception {
        assertThat(DataLoader.statements(resource("/sql/alliance-board-100k.sql")))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s).doesNotEndWith(";").doesNotStartWith("--"));
        assertThat(DataLoader.statements(resource("/sql/training-certificates-100k.sql")))
                .hasSize(9)
                .allSatisfy(s -> assertThat(s).doesNotEndWith(";").doesNotStartWith("--"));
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = DataLoaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
