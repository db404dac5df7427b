package cn.chuanyu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailDiffTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void anUpdateListsOnlyTheFieldsThatChangedWithTheirValuesBeforeAndAfter() {
        var before = row("id", JSON.textNode("c1"), "title", JSON.textNode("技术转移政策与法规解读"), "hours", JSON.numberNode(6));
        var after = row("id", JSON.textNode("c1"), "title", JSON.textNode("技术合同认定登记实务"), "hours", JSON.numberNode(6));

        assertThat(AuditTrail.diff(before, after))
                .containsExactly(new FieldChange("title", JSON.textNode("技术转移政策与法规解读"), JSON.textNode("技术合同认定登记实务")));
    }

    @Test
    void aCreationListsItsInitialValuesAndLeavesOutWhatIsEmpty() {
        var after = row("id", JSON.textNode("c1"), "note", NullNode.instance, "version", NullNode.instance);

        assertThat(AuditTrail.diff(Map.of(), after)).containsExactly(new FieldChange("id", null, JSON.textNode("c1")));
    }

    @Test
    void aDeletionListsTheValuesItHadButNotTheKeptKey() {
        var before = row("id", JSON.textNode("a1"), "status", JSON.textNode("PRESENT"));
        var after = row("id", JSON.textNode("a1"), "status", NullNode.instance);

        assertThat(AuditTrail.diff(before, after))
                .containsExactly(new FieldChange("status", JSON.textNode("PRESENT"), null));
    }

    @Test
    void columnsAreNamedAsTheEntitysFields() {
        assertThat(AuditTrail.camelCase("instructor_name")).isEqualTo("instructorName");
        assertThat(AuditTrail.camelCase("year")).isEqualTo("year");
    }

    private static Map<String, JsonNode> row(Object... columnsAndValues) {
        var row = new LinkedHashMap<String, JsonNode>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], (JsonNode) columnsAndValues[i + 1]);
        }
        return row;
    }
}
