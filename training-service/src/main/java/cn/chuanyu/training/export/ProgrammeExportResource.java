package cn.chuanyu.training.export;

import cn.chuanyu.training.certificate.PrintedCertificates;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.web.export.FileFormat;
import cn.chuanyu.web.export.Sheet;
import cn.chuanyu.web.export.SheetDownload;
import cn.chuanyu.web.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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

/**
 * A programme's roster, attendance and exam results as CSV or Excel files, with Chinese headers; its printable
 * certificates as a ZIP of PDFs.
 */
@Path("/api/training/exports/programmes/{programmeId}")
@Tag(
        name = "Exports",
        description = "导出: a programme's roster, attendance matrix and exam results as CSV or Excel; its certificates "
                + "as a ZIP of PDFs")
@Produces({ProgrammeExportResource.CSV, ProgrammeExportResource.XLSX, Problem.MEDIA_TYPE})
public class ProgrammeExportResource {

    static final String CSV = SheetDownload.CSV;
    static final String XLSX = SheetDownload.XLSX;
    static final String ZIP = "application/zip";
    private static final String FILE =
            "The file (Content-Disposition names it), streamed as it is written: chunked, without a Content-Length";

    private final ProgrammeReports reports;
    private final PrintedCertificates printed;
    private final SecurityIdentity identity;

    ProgrammeExportResource(ProgrammeReports reports, PrintedCertificates printed, SecurityIdentity identity) {
        this.reports = reports;
        this.printed = printed;
        this.identity = identity;
    }

    @GET
    @Path("/roster")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "exportRoster",
            summary = "The programme's roster (花名册) as CSV or Excel",
            description = "Training administrators, and instructors teaching in the programme. Every enrolment in "
                    + "order of request: 序号, 姓名, 账号, 工作单位, 报名状态, 报名时间 (China time), 出勤率 (enrolled "
                    + "trainees). CSV is UTF-8 with a byte order mark, so that Excel and WPS read the Chinese. The "
                    + "enrolments are read from the database as one stream while the file is written (constant memory:"
                    + " a CSV streams from its first row, an Excel file once every row is read).")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "Not an administrator nor an instructor of the programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response roster(
            @Parameter(description = "the programme") @PathParam("programmeId") UUID programmeId,
            @Valid @BeanParam FileFormat format) {
        return export(programmeId, format.value, "roster", reports::roster);
    }

    @GET
    @Path("/attendance")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "exportAttendance",
            summary = "The programme's attendance matrix (考勤表) as CSV or Excel",
            description = "Training administrators, and instructors teaching in the programme. One row per enrolled "
                    + "trainee, one column per session in time order (its start in China time and course title), each"
                    + " cell 出勤/迟到 (线上 or 线下), 请假, 缺勤, or empty while not recorded; then the weighted 出勤率.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "Not an administrator nor an instructor of the programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response attendance(
            @Parameter(description = "the programme") @PathParam("programmeId") UUID programmeId,
            @Valid @BeanParam FileFormat format) {
        return export(programmeId, format.value, "attendance", reports::attendanceMatrix);
    }

    @GET
    @Path("/exam-results")
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "exportExamResults",
            summary = "The programme's exam results (考试成绩) as CSV or Excel",
            description = "Training administrators, and instructors teaching in the programme. Every result by trainee"
                    + " in order of enrolment, then attempt: 姓名, 账号, 考试, 考试日期, 第几次, 成绩, 及格线, 结果.")
    @APIResponse(
            responseCode = "200",
            description = FILE,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "Not an administrator nor an instructor of the programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response examResults(
            @Parameter(description = "the programme") @PathParam("programmeId") UUID programmeId,
            @Valid @BeanParam FileFormat format) {
        return export(programmeId, format.value, "exam-results", reports::examResults);
    }

    @GET
    @Path("/certificates")
    @Produces({ZIP, Problem.MEDIA_TYPE})
    @RolesAllowed({Caller.INSTRUCTOR, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "exportCertificatePdfs",
            summary = "The programme's printable certificates (结业证书) as one ZIP of PDFs",
            description = "Training administrators, and instructors teaching in the programme. One PDF per "
                    + "certificate in force (revoked ones are left out), as getCertificatePdf prints it, named "
                    + "<number>-<holder>.pdf, in order of number; streamed as it is written. Empty when none is "
                    + "issued.")
    @APIResponse(
            responseCode = "200",
            description = "The ZIP (Content-Disposition names it after the programme)",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not an administrator nor an instructor of the programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response certificates(@Parameter(description = "the programme") @PathParam("programmeId") UUID programmeId) {
        reports.requireMayExport(programmeId, Caller.of(identity));
        PrintedCertificates.Bundle bundle = printed.bundle(programmeId);
        StreamingOutput zip = bundle::writeTo;
        return Response.ok(zip, ZIP)
                .header(
                        "Content-Disposition",
                        SheetDownload.disposition("certificates-" + programmeId + ".zip", bundle.fileName()))
                .build();
    }

    private Response export(UUID programmeId, String format, String name, Function<UUID, Sheet> report) {
        reports.requireMayExport(programmeId, Caller.of(identity));
        return SheetDownload.of(report.apply(programmeId), format, name + "-" + programmeId);
    }
}
