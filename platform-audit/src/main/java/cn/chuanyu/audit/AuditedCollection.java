package cn.chuanyu.audit;

/**
 * An element collection of an audited aggregate (e.g. a paper's authors), audited by Envers in {@code <table>_aud}
 * (create_collection_audit_table, db/audit) and shown in an entry as one field whose value is the list of elements,
 * each an object of its columns.
 *
 * @param field the field's name in entries (e.g. {@code authors})
 * @param table the collection table
 * @param ownerColumn the column referring to the aggregate (its key must be a single column)
 * @param orderColumn the column keeping the elements' order ({@code @OrderColumn}), or null for a set or map
 */
public record AuditedCollection(String field, String table, String ownerColumn, String orderColumn) {

    String auditTable() {
        return table + "_aud";
    }
}
