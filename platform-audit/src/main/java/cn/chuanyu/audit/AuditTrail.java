package cn.chuanyu.audit;

import cn.chuanyu.web.PageOf;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads the audit trail back: a page of entries (one per aggregate changed in a revision), newest first, each with its
 * diff. Envers writes the trail; reading it goes to the {@code _aud} tables directly, because a page spans every
 * audited type and a diff compares two rows of the same aggregate, which Envers' per-entity queries cannot do in one.
 */
@ApplicationScoped
public class AuditTrail {

    /** Envers' own columns of an {@code _aud} row, not fields of the aggregate. */
    private static final Set<String> REVISION_COLUMNS = Set.of("rev", "revtype");

    private final EntityManager entityManager;
    private final AuditedAggregates aggregates;
    private final ObjectMapper json;

    AuditTrail(EntityManager entityManager, AuditedAggregates aggregates, ObjectMapper json) {
        this.entityManager = entityManager;
        this.aggregates = aggregates;
        this.json = json;
    }

    public PageOf<AuditEntry> page(AuditFilter filter, int page, int size) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            var query = new EntryQuery(filter);
            long total = query.count(connection);
            List<AuditEntry> entries = new ArrayList<>();
            for (EntryHead head : query.page(connection, page, size)) {
                entries.add(head.entry(changes(connection, head)));
            }
            return new PageOf<>(entries, page, size, total);
        });
    }

    /**
     * A revision's row of the aggregate against its previous revision's (none for a creation), and each of its element
     * collections as it stood after either revision.
     */
    private List<FieldChange> changes(Connection connection, EntryHead head) throws SQLException {
        String sql = "select * from " + head.aggregate.auditTable() + " where " + head.aggregate.idExpression()
                + " = ? and rev <= ? order by rev desc limit 2";
        Map<String, JsonNode> after;
        Map<String, JsonNode> before;
        long previousRevision = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, head.aggregateId);
            statement.setLong(2, head.revision);
            try (ResultSet rows = statement.executeQuery()) {
                after = rows.next() ? values(rows, REVISION_COLUMNS) : Map.of();
                if (rows.next()) {
                    previousRevision = rows.getLong("rev");
                    before = values(rows, REVISION_COLUMNS);
                } else {
                    before = Map.of();
                }
            }
        }
        List<FieldChange> changes = diff(before, after);
        for (AuditedCollection collection : head.aggregate.collections()) {
            JsonNode was = previousRevision == 0
                    ? NullNode.instance
                    : elements(connection, collection, head.aggregateId, previousRevision);
            JsonNode is = elements(connection, collection, head.aggregateId, head.revision);
            if (!was.equals(is)) {
                changes.add(new FieldChange(collection.field(), was.isNull() ? null : was, is.isNull() ? null : is));
            }
        }
        return changes;
    }

    /**
     * A collection as it stood after a revision, replayed from the element rows Envers added (0) and removed (2) up to
     * it; in its order column's order (which then is left out of the elements), null when empty.
     */
    private JsonNode elements(Connection connection, AuditedCollection collection, String owner, long revision)
            throws SQLException {
        String sql = "select * from " + collection.auditTable() + " where " + collection.ownerColumn()
                + "::text = ? and rev <= ? order by rev, revtype desc";
        Set<String> left = Set.of("rev", "revtype", collection.ownerColumn());
        List<Map<String, JsonNode>> elements = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            statement.setLong(2, revision);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<String, JsonNode> element = values(rows, left);
                    if (rows.getInt("revtype") == 2) {
                        elements.remove(element);
                    } else {
                        elements.add(element);
                    }
                }
            }
        }
        if (elements.isEmpty()) {
            return NullNode.instance;
        }
        String order = collection.orderColumn() == null ? null : camelCase(collection.orderColumn());
        if (order != null) {
            elements.sort(Comparator.comparingLong(element -> element.get(order).asLong()));
        }
        ArrayNode list = json.createArrayNode();
        for (Map<String, JsonNode> element : elements) {
            ObjectNode item = list.addObject();
            element.forEach((field, value) -> {
                if (!field.equals(order)) {
                    item.set(field, value);
                }
            });
        }
        return list;
    }

    /** The fields whose values differ, in column order; a field null on both sides is left out. */
    static List<FieldChange> diff(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        var fields = new LinkedHashMap<String, Boolean>();
        before.keySet().forEach(field -> fields.put(field, true));
        after.keySet().forEach(field -> fields.put(field, true));
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields.keySet()) {
            JsonNode was = before.getOrDefault(field, NullNode.instance);
            JsonNode is = after.getOrDefault(field, NullNode.instance);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was.isNull() ? null : was, is.isNull() ? null : is));
            }
        }
        return changes;
    }

    private Map<String, JsonNode> values(ResultSet row, Set<String> left) throws SQLException {
        try {
            return readValues(row, left);
        } catch (JsonProcessingException e) {
            throw new SQLException("a json column of an audit table holds no JSON", e);
        }
    }

    private Map<String, JsonNode> readValues(ResultSet row, Set<String> left)
            throws SQLException, JsonProcessingException {
        ResultSetMetaData columns = row.getMetaData();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            String column = columns.getColumnName(i);
            if (!left.contains(column)) {
                values.put(camelCase(column), json.valueToTree(value(row, i, columns.getColumnTypeName(i))));
            }
        }
        return values;
    }

    /** A column's value as JSON sees it: instants in ISO 8601 (UTC), dates as yyyy-MM-dd, arrays as lists. */
    private Object value(ResultSet row, int column, String sqlType) throws SQLException, JsonProcessingException {
        Object value = row.getObject(column);
        if (value == null) {
            return null;
        }
        return switch (sqlType) {
            case "timestamptz" ->
                row.getObject(column, OffsetDateTime.class).toInstant().toString();
            case "timestamp" -> row.getObject(column, LocalDateTime.class).toString();
            case "date" -> row.getObject(column, LocalDate.class).toString();
            // the document itself, not a string of it
            case "json", "jsonb" -> json.readTree(value.toString());
            default -> plain(value);
        };
    }

    private Object plain(Object value) throws SQLException {
        if (value instanceof Array array) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(plain(item));
            }
            return items;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return value.toString();
    }

    static String camelCase(String column) {
        var name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The head of an entry (its revision, actor, request) before its diff is read. */
    private record EntryHead(
            AuditedAggregate aggregate,
            String aggregateId,
            long revision,
            int revisionType,
            OffsetDateTime at,
            String actor,
            String roles,
            String zone,
            String scope,
            String requestId,
            String traceparent) {

        AuditEntry entry(List<FieldChange> changes) {
            return new AuditEntry(
                    revision,
                    at.toInstant(),
                    actor,
                    roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                    zone,
                    scope,
                    requestId,
                    traceparent,
                    AuditAction.ofRevisionType(revisionType),
                    aggregate.type(),
                    aggregateId,
                    changes);
        }
    }

    /** The union of the audited types' {@code _aud} rows (only the filtered type's), joined to their revisions. */
    private final class EntryQuery {

        private final String from;
        private final List<Object> parameters = new ArrayList<>();

        EntryQuery(AuditFilter filter) {
            List<AuditedAggregate> types = filter.aggregate() == null ? aggregates.all() : List.of(filter.aggregate());
            var union = new StringBuilder();
            for (AuditedAggregate type : types) {
                if (!union.isEmpty()) {
                    union.append(" union all ");
                }
                union.append("select '")
                        .append(type.type())
                        .append("' as aggregate_type, ")
                        .append(type.idExpression("x"))
                        .append(" as aggregate_id, ")
                        .append(type.scopeExpression("x"))
                        .append(" as scope, x.rev, x.revtype from ")
                        .append(type.auditTable())
                        .append(" x");
            }
            var where = new StringBuilder(" where true");
            if (filter.aggregateId() != null) {
                where.append(" and e.aggregate_id = ?");
                parameters.add(filter.aggregateId());
            }
            if (filter.scope() != null) {
                where.append(" and e.scope = ?");
                parameters.add(filter.scope());
            }
            if (filter.zone() != null) {
                where.append(" and r.zone = ?");
                parameters.add(filter.zone());
            }
            if (filter.actor() != null) {
                where.append(" and r.actor = ?");
                parameters.add(filter.actor());
            }
            if (filter.from() != null) {
                where.append(" and r.recorded_at >= ?");
                parameters.add(filter.from().atOffset(ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                where.append(" and r.recorded_at < ?");
                parameters.add(filter.to().atOffset(ZoneOffset.UTC));
            }
            from = " from (" + union + ") e join audit_revision r on r.id = e.rev" + where;
        }

        long count(Connection connection) throws SQLException {
            try (PreparedStatement statement = prepare(connection, "select count(*)" + from);
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        List<EntryHead> page(Connection connection, int page, int size) throws SQLException {
            String sql = "select e.aggregate_type, e.aggregate_id, e.rev, e.revtype, r.recorded_at, r.actor, r.roles,"
                    + " r.zone, e.scope, r.request_id, r.traceparent" + from
                    + " order by r.recorded_at desc, r.id desc, e.aggregate_type, e.aggregate_id limit ? offset ?";
            try (PreparedStatement statement = prepare(connection, sql)) {
                statement.setInt(parameters.size() + 1, size);
                statement.setLong(parameters.size() + 2, (long) page * size);
                List<EntryHead> heads = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        heads.add(new EntryHead(
                                aggregates.ofType(rows.getString(1)).orElseThrow(),
                                rows.getString(2),
                                rows.getLong(3),
                                rows.getInt(4),
                                rows.getObject(5, OffsetDateTime.class),
                                rows.getString(6),
                                rows.getString(7),
                                rows.getString(8),
                                rows.getString(9),
                                rows.getString(10),
                                rows.getString(11)));
                    }
                }
                return heads;
            }
        }

        private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }
    }
}
