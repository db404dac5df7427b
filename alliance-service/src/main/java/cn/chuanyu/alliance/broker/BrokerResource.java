package cn.chuanyu.alliance.broker;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alliance/certified-brokers")
@Tag(name = "Work chain", description = "工作链条: collaboration projects from a demand to joint promotion")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BrokerResource {

    private final BrokerRoster roster;
    private final AllianceClock clock;

    BrokerResource(BrokerRoster roster, AllianceClock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    @Schema(description = "A technology broker certified today (Asia/Shanghai), who may sign projects", example = """
                    {"certificateNumber": "NTTB-2020-000001", "name": "王经纪", "level": "PRIMARY",
                     "issuedOn": "2020-12-24", "expiresOn": "2023-12-23"}""")
    public record BrokerView(
            @Schema(description = "the certificate's number, e.g. NTTB-2020-000001; what signing names")
            String certificateNumber,

            @Schema(description = "the holder's name") String name,

            @Schema(
                    description =
                            "the level as the training context reports it: PRIMARY 初级, INTERMEDIATE 中级, ADVANCED 高级")
            String level,

            @Schema(description = "first day of validity") LocalDate issuedOn,
            @Schema(description = "last day of validity") LocalDate expiresOn) {
        static BrokerView of(CertifiedBroker b) {
            return new BrokerView(b.certificateNumber, b.holderName, b.level, b.issuedOn, b.expiresOn);
        }
    }

    @GET
    @RolesAllowed({Caller.ZONE_OFFICER, Caller.SECRETARIAT})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "listCertifiedBrokers",
            summary = "Technology brokers certified today, who may sign projects",
            description = "Certified today in Asia/Shanghai: issued on or before today, expiring today or later, not "
                    + "revoked. Kept from the training context's certificate events (issued and revoked). By name.")
    public PageOf<BrokerView> certified(
            @Parameter(description = "zero-based page index") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(PageOf.MAX_SIZE)
                    int size) {
        return roster.certified(clock.today(), page, size).map(BrokerView::of);
    }
}
