package cn.chuanyu.gateway.portal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The API portal: {@code /openapi} is the merged document, {@code /} Swagger UI showing it. */
@Path("/")
public class PortalResource {

    private final OpenApiAggregator aggregator;
    private final PortalPage page;

    PortalResource(OpenApiAggregator aggregator, PortalPage page) {
        this.aggregator = aggregator;
        this.page = page;
    }

    @GET
    @Path("openapi")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> openapi() {
        return aggregator.document();
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String portal() {
        return page.html();
    }
}
