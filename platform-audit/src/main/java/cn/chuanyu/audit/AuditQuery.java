package cn.chuanyu.audit;

import cn.chuanyu.web.PageOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every service's audit listing shares ({@code @Valid @BeanParam}); the aggregate type (each
 * service documents its own) and the scope filters stay with the service's resource.
 */
public class AuditQuery {

    @Parameter(description = "only this record (its id; a composite key's parts joined by /, e.g. SICHUAN/2020)")
    @QueryParam("aggregateId")
    @Size(max = 200)
    public String aggregateId;

    @Parameter(description = "only changes by this account (or system)", example = "admin.zhang")
    @QueryParam("actor")
    @Size(max = 100)
    public String actor;

    @Parameter(
            description = "only changes at or after this instant (ISO 8601 with offset)",
            example = "2026-12-01T00:00:00+08:00")
    @QueryParam("from")
    public String from;

    @Parameter(
            description = "only changes before this instant (ISO 8601 with offset)",
            example = "2026-12-31T00:00:00+08:00")
    @QueryParam("to")
    public String to;

    @Parameter(description = "zero-based page index")
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @Parameter(description = "page size, at most 100")
    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(PageOf.MAX_SIZE)
    public int size;

    /** The filter these parameters and the aggregate type ask for (400 problems as {@link AuditFilter#of} says). */
    public AuditFilter filter(AuditedAggregates aggregates, String aggregateType) {
        return AuditFilter.of(aggregates, aggregateType, aggregateId, actor, from, to);
    }
}
