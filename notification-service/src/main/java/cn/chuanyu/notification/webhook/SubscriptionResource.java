package cn.chuanyu.notification.webhook;

import cn.chuanyu.notification.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications/webhooks")
@Tag(
        name = "Webhooks",
        description = "合作方推送: partners receive the contexts' events as CloudEvents (HTTP binary mode) signed per "
                + "Standard Webhooks (webhook-id = the event id, webhook-timestamp, webhook-signature v1 HMAC-SHA256 "
                + "of id.timestamp.body with the subscription's whsec_ secret); at least once, retried with "
                + "exponential backoff for 24 hours, then parked")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Caller.PARTNER)
@SecurityRequirement(name = "jwt")
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final SecurityIdentity identity;

    SubscriptionResource(Subscriptions subscriptions, Deliveries deliveries, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhookSubscription",
            summary = "Subscribe a URL to event types",
            description = "Partners only. The answer carries the signing secret, shown this once. The target must be "
                    + "https and resolve to public addresses (no loopback, private or link-local ones).")
    @APIResponseSchema(
            value = CreatedSubscriptionView.class,
            responseCode = "201",
            responseDescription = "Subscribed; Location names the subscription")
    @APIResponse(
            responseCode = "400",
            description = "A target that is not allowed (target-not-allowed) or an unknown event type")
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        WebhookSubscription subscription = subscriptions.create(request, user());
        return Response.created(URI.create("/api/notifications/webhooks/" + subscription.id))
                .entity(CreatedSubscriptionView.of(subscription))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Your subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "A page of your subscriptions")
    public PageOf<SubscriptionView> list(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return subscriptions.list(user(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One of your subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
    public SubscriptionView get(@Parameter(description = "the subscription") @PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.owned(id, user()));
    }

    @POST
    @Path("/{id}/pause")
    @Operation(
            operationId = "pauseWebhookSubscription",
            summary = "Pause deliveries",
            description = "Events keep being queued and go out after resuming.")
    @APIResponse(responseCode = "200", description = "Paused")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
    public SubscriptionView pause(@Parameter(description = "the subscription") @PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.setStatus(id, user(), SubscriptionStatus.PAUSED));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeWebhookSubscription", summary = "Resume deliveries, the queued ones first")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
    public SubscriptionView resume(@Parameter(description = "the subscription") @PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.setStatus(id, user(), SubscriptionStatus.ACTIVE));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
    public void delete(@Parameter(description = "the subscription") @PathParam("id") UUID id) {
        subscriptions.delete(id, user());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The subscription's delivery log, newest first",
            description = "Status, attempts, the last answer's status code and latency.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
    public PageOf<DeliveryView> deliveries(
            @Parameter(description = "the subscription") @PathParam("id") UUID id,
            @Parameter(description = "only deliveries in this status") @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return deliveries.log(id, user(), status, page, size);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Send one delivery again",
            description = "Delivered, parked or pending: it is tried again now with a fresh 24-hour retry period and "
                    + "the same webhook-id (the event id).")
    @APIResponse(responseCode = "200", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No such subscription or delivery, or not yours")
    public DeliveryView replay(
            @Parameter(description = "the subscription") @PathParam("id") UUID id,
            @Parameter(description = "the delivery") @PathParam("deliveryId") UUID deliveryId) {
        return deliveries.replay(id, deliveryId, user());
    }

    @POST
    @Path("/{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replayWebhookDeliveries",
            summary = "Send again every delivery queued in a time range",
            description = "For a partner that lost what it received, e.g. after restoring a backup.")
    @APIResponse(responseCode = "200", description = "How many were queued again")
    @APIResponse(responseCode = "400", description = "A range that ends before it starts (invalid-range)")
    @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
    public ReplayView replayRange(
            @Parameter(description = "the subscription") @PathParam("id") UUID id,
            @Valid @NotNull ReplayRequest request) {
        return deliveries.replay(id, request, user());
    }

    private String user() {
        return Caller.of(identity).user();
    }
}
