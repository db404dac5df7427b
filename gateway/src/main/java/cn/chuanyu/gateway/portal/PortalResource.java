package cn.chuanyu.gateway.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The API portal: {@code /openapi} is the merged document, {@code /} a page listing its operations. */
@Path("/")
public class PortalResource {

    private final OpenApiAggregator aggregator;

    PortalResource(OpenApiAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @GET
    @Path("openapi")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> openapi() {
        return aggregator.document();
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Uni<String> portal() {
        return aggregator.document().map(PortalPage::render);
    }
}
