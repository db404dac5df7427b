package cn.chuanyu.training.registry;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/technology-contracts")
@Tag(name = "Technology-transfer registry")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ContractStatisticsResource {

    private final ContractStatistics statistics;
    private final SecurityIdentity identity;

    ContractStatisticsResource(ContractStatistics statistics, SecurityIdentity identity) {
        this.statistics = statistics;
        this.identity = identity;
    }

    @PUT
    @Path("/{region}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "reportContractStatistics",
            summary = "Record a region's technology-contract turnover for a year",
            description = "Training administrators only. Amounts in yuan (元) by contract type (development, transfer, "
                    + "service, consulting) where known, and/or the total as published. One set of figures "
                    + "per region and year: reporting again replaces the year's earlier figures.")
    @APIResponse(responseCode = "200", description = "The year's figures with their totals")
    @APIResponse(
            responseCode = "400",
            description = "Invalid amounts, no figures (no-figures), or types above the total (inconsistent-total)")
    public ContractStatistics.YearStatistics report(
            @Parameter(description = "the region") @PathParam("region") Region region,
            @Parameter(description = "the calendar year, 1980 to 2100") @PathParam("year") @Min(1980) @Max(2100)
                    int year,
            @Valid @NotNull ContractStatistics.YearRequest request) {
        return statistics.report(region, year, request, Caller.of(identity).user());
    }

    @GET
    @Path("/{region}/{year}")
    @PermitAll
    @Operation(
            operationId = "getContractStatistics",
            summary = "A region's technology-contract turnover in one year",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "The year's figures with their totals")
    @APIResponse(responseCode = "404", description = "No figures for that region and year")
    public ContractStatistics.YearStatistics year(
            @Parameter(description = "the region") @PathParam("region") Region region,
            @Parameter(description = "the calendar year, 1980 to 2100") @PathParam("year") @Min(1980) @Max(2100)
                    int year) {
        return statistics.year(region, year);
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listContractStatistics",
            summary = "A region's technology-contract turnover year by year, with the total",
            description = "Public. Years from..to inclusive (each optional), earliest first; the list is bounded by "
                    + "the years 1980..2100.")
    @APIResponse(responseCode = "200", description = "The region's years and their total")
    public ContractStatistics.RegionStatistics list(
            @Parameter(description = "the region", required = true) @QueryParam("region") @NotNull Region region,
            @Parameter(description = "the first year, 1980 to 2100") @QueryParam("from") @Min(1980) @Max(2100)
                    Integer from,
            @Parameter(description = "the last year, 1980 to 2100") @QueryParam("to") @Min(1980) @Max(2100)
                    Integer to) {
        return statistics.of(region, from, to);
    }
}
