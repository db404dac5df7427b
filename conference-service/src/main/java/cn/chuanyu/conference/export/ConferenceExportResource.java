package cn.chuanyu.conference.export;

import cn.chuanyu.conference.kernel.Caller;
import cn.chuanyu.web.export.FileFormat;
import cn.chuanyu.web.export.Sheet;
import cn.chuanyu.web.export.SheetDownload;
import cn.chuanyu.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A conference's papers, reviews, assignments and awards as CSV or Excel files with Chinese headers (organisers). */
@Path("/api/conference/exports/conferences/{conferenceId}")
@Tag(name = "Exports", description = "导出: a conference's papers, reviews, assignments and awards as CSV or Excel")
@Produces({ConferenceExportResource.CSV, ConferenceExportResource.XLSX, Problem.MEDIA_TYPE})
@SecurityRequirement(name = "jwt")
public class ConferenceExportResource {

    static final String CSV = SheetDownload.CSV;
    static final String XLSX = SheetDownload.XLSX;
    private static final String FILE =
            "The file (Content-Disposition names it), streamed as it is written: chunked, without a Content-Length";

    private final ConferenceReports reports;

    ConferenceExportResource(ConferenceReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/papers")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "exportPapers",
            summary = "The conference's papers (论文) with authors and review figures, as CSV or Excel (organisers)",
            description = "In order of submission: 序号, 论文编号, 题目, 分会场, 状态, 作者（单位）, 通讯作者, 川渝合作, 关键词, "
                    + "投稿账号, 投稿时间 (China time), 评审专家数, 已评审数, 加权得分 (0–100), 结论说明. CSV is UTF-8 "
                    + "with a byte order mark, so that Excel and WPS read the Chinese; a cell starting with = + - @ is "
                    + "kept as text.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response papers(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @BeanParam FileFormat format) {
        return export(conferenceId, format.value, "papers", reports::papers);
    }

    @GET
    @Path("/reviews")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "exportReviews",
            summary = "The conference's reviews (评审意见) with scores per criterion, as CSV or Excel (organisers)",
            description = "By paper, then assignment: 论文编号, 题目, 审稿人账号, 审稿人, a column per criterion of the "
                    + "conference's review form (its Chinese label and scale), 推荐意见, 评审意见, 修订次数, 首次提交时间.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response reviews(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @BeanParam FileFormat format) {
        return export(conferenceId, format.value, "reviews", reports::reviews);
    }

    @GET
    @Path("/assignments")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "exportAssignments",
            summary = "The conference's review assignments (评审分配), as CSV or Excel (organisers)",
            description = "By paper, then time of assignment: 论文编号, 题目, 审稿人账号, 审稿人, 审稿人单位, 分配人, " + "分配时间, 已评审.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response assignments(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @BeanParam FileFormat format) {
        return export(conferenceId, format.value, "assignments", reports::assignments);
    }

    @GET
    @Path("/awards")
    @RolesAllowed(Caller.ORGANISER)
    @Operation(
            operationId = "exportAwards",
            summary = "The conference's paper awards (获奖论文), announced or not, as CSV or Excel (organisers)",
            description = "特等奖 first, then in order of granting: 论文编号, 题目, 奖项, 获奖评语, 作者（单位）, 授予人, 授予时间.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such conference")
    public Response awards(
            @Parameter(description = "the conference's id") @PathParam("conferenceId") UUID conferenceId,
            @Valid @BeanParam FileFormat format) {
        return export(conferenceId, format.value, "awards", reports::awards);
    }

    private Response export(UUID conferenceId, String format, String name, Function<UUID, Sheet> report) {
        reports.requireConference(conferenceId);
        return SheetDownload.of(report.apply(conferenceId), format, name + "-" + conferenceId);
    }
}
