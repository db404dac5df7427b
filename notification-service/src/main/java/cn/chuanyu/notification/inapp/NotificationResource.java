package cn.chuanyu.notification.inapp;

import cn.chuanyu.notification.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications/notifications")
@Tag(name = "Notifications", description = "站内通知: what concerns you, newest first, in your language")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Authenticated
@SecurityRequirement(name = "jwt")
public class NotificationResource {

    private final Notifications notifications;
    private final SecurityIdentity identity;

    @Context
    HttpHeaders headers;

    NotificationResource(Notifications notifications, SecurityIdentity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @GET
    @Path("/mine")
    @Operation(
            operationId = "listMyNotifications",
            summary = "Your notifications, newest first",
            description = "Any signed-in user, their own only. Texts in the language of Accept-Language (zh-CN by "
                    + "default, en).")
    @APIResponse(responseCode = "200", description = "A page of your notifications")
    public PageOf<NotificationView> mine(
            @Parameter(description = "only those not yet marked read") @QueryParam("unread") @DefaultValue("false")
                    boolean unread,
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "page size, at most 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return notifications.mine(Caller.of(identity).user(), unread, page, size, locale());
    }

    @GET
    @Path("/mine/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of your notifications are unread")
    @APIResponse(responseCode = "200", description = "The count")
    public UnreadCount unread() {
        return notifications.unread(Caller.of(identity).user());
    }

    @POST
    @Path("/{id}/read")
    @Operation(
            operationId = "markNotificationRead",
            summary = "Mark one of your notifications read",
            description = "Your own only: another person's notification is answered 404. Marking it again changes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "The notification, read")
    @APIResponse(responseCode = "404", description = "No such notification, or not yours")
    public NotificationView markRead(@Parameter(description = "the notification") @PathParam("id") UUID id) {
        return notifications.markRead(id, Caller.of(identity).user(), locale());
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .findFirst()
                .map(MessageTexts::supported)
                .orElse(MessageTexts.supported(null));
    }
}
