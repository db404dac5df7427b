package cn.chuanyu.eventing.notes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** What the tests read back from the database, each read in a transaction of its own. */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager entityManager;

    TestDatabase(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The single value of a query with positional parameters ?1, ?2, ... */
    public Object value(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew()
                .call(() -> query(sql, parameters).getSingleResult());
    }

    public long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }

    /** The single row of a query that selects several columns. */
    public Object[] row(String sql, Object... parameters) {
        return (Object[]) value(sql, parameters);
    }

    /** The rows of a query, or their single column's values. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (List<T>) query(sql, parameters).getResultList());
    }

    private Query query(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
