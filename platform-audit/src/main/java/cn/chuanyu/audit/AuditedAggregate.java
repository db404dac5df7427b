package cn.chuanyu.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An audited aggregate as its service's trail names it.
 *
 * @param type the name in entries and in the filter (e.g. {@code Enrolment})
 * @param table its table; Envers writes its revisions to {@code <table>_aud} (create_audit_table, db/audit)
 * @param keyColumns the columns of its primary key; an entry's aggregate id is their text, joined by {@code /}
 * @param scope the SQL of the scope an entry belongs to (e.g. its conference's id), over an {@code _aud} row written
 *     {@value #ROW}; null when the service has no scopes. A deletion's row keeps only the key, so its scope is read
 *     from the aggregate's last row before it.
 * @param collections its element collections, each audited in {@code <collection table>_aud}
 */
public record AuditedAggregate(
        String type, String table, List<String> keyColumns, String scope, List<AuditedCollection> collections) {

    /** The placeholder of the {@code _aud} row in a scope's SQL. */
    public static final String ROW = "{row}";

    public AuditedAggregate {
        keyColumns = List.copyOf(keyColumns);
        collections = List.copyOf(collections);
    }

    public AuditedAggregate(String type, String table, List<String> keyColumns) {
        this(type, table, keyColumns, null, List.of());
    }

    public static AuditedAggregate of(String type, String table) {
        return new AuditedAggregate(type, table, List.of("id"));
    }

    /** This aggregate with its scope, e.g. {@code "{row}.conference_id::text"}. */
    public AuditedAggregate scopedBy(String scopeSql) {
        return new AuditedAggregate(type, table, keyColumns, scopeSql, collections);
    }

    /** This aggregate with one more element collection. */
    public AuditedAggregate withCollection(AuditedCollection collection) {
        List<AuditedCollection> all = new ArrayList<>(collections);
        all.add(collection);
        return new AuditedAggregate(type, table, keyColumns, scope, all);
    }

    String auditTable() {
        return table + "_aud";
    }

    /** The SQL of the aggregate id, over a row of its audit table. */
    String idExpression() {
        return idExpression("");
    }

    /** The SQL of the aggregate id over a row of its audit table named {@code alias}. */
    String idExpression(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return keyColumns.stream().map(column -> prefix + column + "::text").collect(Collectors.joining(" || '/' || "));
    }

    /** The SQL of an entry's scope over the row {@code alias} of the union (null when unscoped). */
    String scopeExpression(String alias) {
        if (scope == null) {
            return "null::text";
        }
        String keysMatch = keyColumns.stream()
                .map(column -> "s." + column + " = " + alias + "." + column)
                .collect(Collectors.joining(" and "));
        return "case when " + alias + ".revtype = 2 then (select " + scope.replace(ROW, "s") + " from " + auditTable()
                + " s where " + keysMatch + " and s.revtype <> 2 order by s.rev desc limit 1) else "
                + scope.replace(ROW, alias) + " end";
    }
}
