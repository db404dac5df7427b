package cn.chuanyu.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An audited aggregate as its service's trail names it.
 *
 * @param type the name in entries and in the filter (e.g. {@code Enrolment})
 * @param table its table; Envers writes its revisions to {@code <table>_aud} (create_audit_table, db/audit)
 * @param keyColumns the columns of its primary key; an entry's aggregate id is their text, joined by {@code /}
 */
public record AuditedAggregate(String type, String table, List<String> keyColumns) {

    public AuditedAggregate {
        keyColumns = List.copyOf(keyColumns);
    }

    public static AuditedAggregate of(String type, String table) {
        return new AuditedAggregate(type, table, List.of("id"));
    }

    String auditTable() {
        return table + "_aud";
    }

    /** The SQL of the aggregate id, over a row of its audit table. */
    String idExpression() {
        return keyColumns.stream().map(column -> column + "::text").collect(Collectors.joining(" || '/' || "));
    }
}
