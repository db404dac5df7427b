package cn.chuanyu.notification.preference;

import cn.chuanyu.notification.kernel.Caller;
import cn.chuanyu.notification.rule.Category;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Tag(name = "Preferences", description = "通知偏好: which e-mails you get; every e-mail's unsubscribe link")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PreferenceResource {

    private final Preferences preferences;
    private final UnsubscribeTokens tokens;
    private final SecurityIdentity identity;

    PreferenceResource(Preferences preferences, UnsubscribeTokens tokens, SecurityIdentity identity) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.identity = identity;
    }

    @GET
    @Path("/preferences/mine")
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listMyPreferences", summary = "Your e-mail preferences, one per category")
    @APIResponse(responseCode = "200", description = "Every category, with whether you get e-mail about it")
    public List<PreferenceView> mine() {
        return preferences.of(Caller.of(identity).user());
    }

    @PUT
    @Path("/preferences/mine/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "setMyPreference",
            summary = "Switch e-mail about one category on or off",
            description = "Your own preferences only. In-app notifications appear either way.")
    @APIResponse(responseCode = "200", description = "The preference now")
    public PreferenceView set(
            @Parameter(description = "the category") @PathParam("category") Category category,
            @Valid @NotNull PreferenceRequest request) {
        return preferences.set(Caller.of(identity).user(), category, request.email());
    }

    @POST
    @Path("/unsubscriptions")
    @PermitAll
    @Operation(
            operationId = "unsubscribe",
            summary = "Opt out of one category of e-mail with the token of an e-mail's unsubscribe link",
            description = "No sign-in needed: the token names the person and the category and is signed. Also the "
                    + "target of the e-mail's one-click List-Unsubscribe-Post (RFC 8058). Repeating it changes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "Opted out of that category")
    @APIResponse(responseCode = "400", description = "Not a token of ours (invalid-unsubscribe-token)")
    public PreferenceView unsubscribe(
            @Parameter(description = "the token of the e-mail's link", required = true)
                    @QueryParam("token")
                    @NotNull
                    @Size(max = 600)
                    String token) {
        UnsubscribeTokens.Opt opt = tokens.read(token);
        return preferences.set(opt.subject(), opt.category(), false);
    }
}
