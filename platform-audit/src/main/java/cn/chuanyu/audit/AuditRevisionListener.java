package cn.chuanyu.audit;

import cn.chuanyu.web.tracing.RequestTrace;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.TreeSet;
import org.hibernate.envers.RevisionListener;
import org.jboss.logging.MDC;

/**
 * Fills a revision from the caller's security identity and the request's logging context (request id and traceparent,
 * put there by {@link RequestTrace}). Envers instantiates listeners itself, hence the lookups through Arc rather than
 * injection.
 */
public class AuditRevisionListener implements RevisionListener {

    /** The actor of changes made without a caller: scheduled jobs, event consumers. */
    public static final String SYSTEM = "system";

    /**
     * The identity attribute naming the zone the actor acts for; a service whose callers act for a zone puts it there
     * (alliance-service's ZoneClaim does, from the token's claim).
     */
    public static final String ZONE = "zone";

    @Override
    public void newRevision(Object revisionEntity) {
        var revision = (AuditRevision) revisionEntity;
        SecurityIdentity identity = currentIdentity();
        if (identity == null || identity.isAnonymous()) {
            revision.actor = SYSTEM;
            revision.roles = "";
        } else {
            revision.actor = identity.getPrincipal().getName();
            revision.roles = String.join(",", new TreeSet<>(identity.getRoles()));
            revision.zone = text(identity.getAttribute(ZONE));
        }
        revision.requestId = text(MDC.get(RequestTrace.REQUEST_ID));
        revision.traceparent = text(MDC.get(RequestTrace.TRACEPARENT));
    }

    private static SecurityIdentity currentIdentity() {
        ArcContainer container = Arc.container();
        // a scheduled job or a consumer may run without a request context: no caller there
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        return container.instance(SecurityIdentity.class).get();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
