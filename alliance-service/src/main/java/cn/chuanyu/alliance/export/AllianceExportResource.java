package cn.chuanyu.alliance.export;

import cn.chuanyu.alliance.board.BoardItemKind;
import cn.chuanyu.alliance.board.BoardItemStatus;
import cn.chuanyu.alliance.board.BoardSearch;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.alliance.project.Stage;
import cn.chuanyu.web.export.FileFormat;
import cn.chuanyu.web.export.SheetDownload;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The alliance's lists as CSV (UTF-8 with a byte order mark, so that Excel and WPS read the Chinese) or Excel files
 * with Chinese headers. Each export shows what the matching listing shows its caller: the public ones need no token.
 */
@Path("/api/alliance/exports")
@Tag(
        name = "Exports",
        description = "导出: the board, releases, projects with milestones and the yearly summaries as CSV or Excel")
@Produces({SheetDownload.CSV, SheetDownload.XLSX, Problem.MEDIA_TYPE})
public class AllianceExportResource {

    private static final String FILE =
            "The file (Content-Disposition names it), streamed as it is written: chunked, without a Content-Length";

    private final AllianceReports reports;
    private final SecurityIdentity identity;

    AllianceExportResource(AllianceReports reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Path("/board-items")
    @PermitAll
    @Operation(
            operationId = "exportBoardItems",
            summary = "The board (联盟清单) as CSV or Excel, with listBoardItems' filters and rules",
            description = "Every item listBoardItems would list on all its pages, newest first: 编号, 高新区, 类别, 标题, "
                    + "说明, 行业, 关键词, 联系人, 电话, 电子邮箱, 有效期起, 有效期止, 状态, 发布时间 (China time). The "
                    + "public board needs no token; a zone's DRAFT, SUBMITTED, WITHDRAWN or EXPIRED items need one of "
                    + "an officer of that zone or of the secretariat (401 without, 403 otherwise). The items are read "
                    + "from the database as one stream while the file is written, so the whole board (100,000 items) "
                    + "exports in constant memory: a CSV streams from its first row, an Excel file once every row "
                    + "is read; neither has a Content-Length.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = SheetDownload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = SheetDownload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "401", description = "status DRAFT, SUBMITTED, WITHDRAWN or EXPIRED without a token")
    @APIResponse(
            responseCode = "403",
            description = "status DRAFT, SUBMITTED, WITHDRAWN or EXPIRED of a zone not yours")
    public Response boardItems(
            @Parameter(description = "only this zone's items: its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only items of this list of the board") @QueryParam("kind") BoardItemKind kind,
            @Parameter(description = "only items of this industry category, e.g. 新能源")
                    @QueryParam("industry")
                    @Size(max = 50)
                    String industry,
            @Parameter(description = "search text, matched literally as in listBoardItems")
                    @QueryParam("q")
                    @Size(max = 100)
                    String query,
            @Parameter(
                            description =
                                    "PUBLISHED (default, public); DRAFT, SUBMITTED, WITHDRAWN or EXPIRED: a zone's "
                                            + "own lists")
                    @QueryParam("status")
                    BoardItemStatus status,
            @Valid @BeanParam FileFormat format) {
        var filter = new BoardSearch.Filter(zone, kind, industry, query, status);
        return SheetDownload.of(reports.boardItems(filter, Caller.of(identity)), format.value, "board-items");
    }

    @GET
    @Path("/releases/{roundId}")
    @PermitAll
    @Operation(
            operationId = "exportRelease",
            summary = "A published release (发布清单) as CSV or Excel",
            description = "Its items as released, ordered by kind, zone and title: 类别, 高新区, 标题, 说明, 行业, 关键词, "
                    + "联系人, 电话, 电子邮箱, 有效期起, 有效期止, and the interest drawn so far: 对接意向数 (not withdrawn), "
                    + "已接受意向数.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = SheetDownload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = SheetDownload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such published release")
    public Response release(
            @Parameter(description = "the release's id (its round's)") @PathParam("roundId") UUID roundId,
            @Valid @BeanParam FileFormat format) {
        return SheetDownload.of(reports.release(roundId), format.value, "release-" + roundId);
    }

    @GET
    @Path("/projects")
    @PermitAll
    @Operation(
            operationId = "exportProjects",
            summary = "Projects with their milestones (联盟项目) as CSV or Excel",
            description = "As listProjects lists them, most recently moved first, one row per milestone (a project "
                    + "without milestones: one row, milestone cells empty): 项目, 牵头高新区, 阶段, 签约日期, 技术经纪人, "
                    + "经纪人证书编号, 最近会商日期, 里程碑序号, 里程碑, 计划完成日期, 进度（%）, 完成日期.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = SheetDownload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = SheetDownload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response projects(
            @Parameter(description = "only projects this zone leads or signed: its code, e.g. chengdu")
                    @QueryParam("zone")
                    @Size(max = 30)
                    String zone,
            @Parameter(description = "only projects at this stage") @QueryParam("stage") Stage stage,
            @Valid @BeanParam FileFormat format) {
        return SheetDownload.of(reports.projects(zone, stage), format.value, "projects");
    }

    @GET
    @Path("/yearly-summaries/seminars")
    @PermitAll
    @Operation(
            operationId = "exportSeminarYears",
            summary = "Seminars per year (党建研讨会年度统计) as CSV or Excel",
            description = "As seminarYearlyReport: 年份, 研讨会场次, 达到每年至少一次 (是/否).")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = SheetDownload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = SheetDownload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response seminarYears(
            @Parameter(description = "first year, 2020 to 2100; default 2020") @QueryParam("from") @Min(2020) @Max(2100)
                    Integer from,
            @Parameter(description = "last year, 2020 to 2100; default this year (Asia/Shanghai)")
                    @QueryParam("to")
                    @Min(2020)
                    @Max(2100)
                    Integer to,
            @Valid @BeanParam FileFormat format) {
        return SheetDownload.of(reports.seminarYears(from, to), format.value, "seminar-years");
    }

    @GET
    @Path("/yearly-summaries/secondments")
    @PermitAll
    @Operation(
            operationId = "exportSecondmentYears",
            summary = "Accepted secondments per year and zone pair (互派挂职年度统计) as CSV or Excel, without names",
            description = "As secondmentYearlySummary: 年份, 派出高新区, 接收高新区, 干部, 专业技术人员, 合计.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = SheetDownload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = SheetDownload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response secondmentYears(
            @Parameter(description = "one year only, 2000 to 2100; all years when absent")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Valid @BeanParam FileFormat format) {
        return SheetDownload.of(reports.secondmentYears(year), format.value, "secondment-years");
    }

    @GET
    @Path("/yearly-summaries/title-recognitions")
    @PermitAll
    @Operation(
            operationId = "exportTitleRecognitionYears",
            summary = "Title recognitions per year and zone pair (职称互认年度统计) as CSV or Excel, without names",
            description = "As titleRecognitionYearlySummary: 年份, 职称取得地, 互认高新区, 有效, 已撤销.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = SheetDownload.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = SheetDownload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response recognitionYears(
            @Parameter(description = "one year only, 2000 to 2100; all years when absent")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Valid @BeanParam FileFormat format) {
        return SheetDownload.of(reports.recognitionYears(year), format.value, "title-recognition-years");
    }
}
