package cn.chuanyu.web.idempotency;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Within a request that holds an {@code Idempotency-Key}, a {@code @Transactional} service method joins the filter's
 * transaction instead of committing its own, so Hibernate would flush at the filter's commit, after the resource built
 * its answer from the entities: a version incremented by the flush would be missing from the answer. Flushing when such
 * a method returns keeps the answer what it is without the header (versions, and constraint violations reported where
 * they were before).
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201) // inside Narayana's own interceptor (PLATFORM_BEFORE + 200)
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class FlushBeforeTheAnswer {

    private final TransactionSynchronizationRegistry registry;
    private final EntityManager entityManager;

    FlushBeforeTheAnswer(TransactionSynchronizationRegistry registry, EntityManager entityManager) {
        this.registry = registry;
        this.entityManager = entityManager;
    }

    @AroundInvoke
    Object flushAfter(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE
                && registry.getResource(IdempotencyFilter.CLAIMED) != null) {
            entityManager.flush();
        }
        return result;
    }
}
