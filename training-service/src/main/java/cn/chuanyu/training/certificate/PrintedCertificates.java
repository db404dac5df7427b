package cn.chuanyu.training.certificate;

import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates as printable PDFs (结业证书), one at a time for the holder and administrators, or a programme's as one ZIP.
 * The QR code on each leads to its public verification page under the platform's public base URL. Only certificates in
 * force are printed: a revoked one must not circulate anew.
 */
@ApplicationScoped
public class PrintedCertificates {

    /** Put on the class path by the build (training-service's pom), never kept in git nor assumed on the machine. */
    static final String FONT = "fonts/NotoSansSC_400Regular.ttf";

    private final Certificates certificates;
    private final TrainingProgrammes programmes;
    private final String publicBaseUrl;
    /** One for the service: it prints one certificate at a time, about 5 ms each. */
    private final CertificatePrinter printer = new CertificatePrinter(font());

    PrintedCertificates(
            Certificates certificates,
            TrainingProgrammes programmes,
            @ConfigProperty(name = "chuanyu.web.public-base-url", defaultValue = "http://127.0.0.1:8080")
                    String publicBaseUrl) {
        this.certificates = certificates;
        this.programmes = programmes;
        this.publicBaseUrl = publicBaseUrl.replaceFirst("/+$", "");
    }

    /** One certificate's PDF; 404 unless the caller holds it or is an administrator, 409 once it is revoked. */
    public Printed pdf(UUID id, Caller caller) {
        Certificate certificate = certificates.visible(id, caller);
        if (certificate.revokedAt != null) {
            throw new ProblemException(
                    Status.CONFLICT, "already-revoked", "certificate-revoked-not-printable", certificate.number);
        }
        byte[] pdf = printer.print(content(certificate, programmes.get(certificate.programmeId)));
        return new Printed(certificate.number + ".pdf", fileName(certificate), pdf);
    }

    @PreDestroy
    void closePrinter() {
        printer.close();
    }

    /** A file to hand out, with the name it is saved under (and an ASCII one for clients without RFC 6266). */
    public record Printed(String asciiName, String fileName, byte[] content) {}

    /**
     * A programme's certificates in force, by number, read now and written later as one ZIP of PDFs (for the response
     * to stream them); 404 for an unknown programme. Who may have it is the caller's rule.
     */
    public Bundle bundle(UUID programmeId) {
        TrainingProgramme programme = programmes.get(programmeId);
        List<Certificate> inForce =
                Certificate.list("programmeId = ?1 and revokedAt is null order by number", programmeId);
        return new Bundle(programme, inForce);
    }

    /** A programme's certificates to write as a ZIP, one PDF per certificate named by its number and holder. */
    public final class Bundle {

        private final TrainingProgramme programme;
        private final List<Certificate> inForce;

        private Bundle(TrainingProgramme programme, List<Certificate> inForce) {
            this.programme = programme;
            this.inForce = inForce;
        }

        /** The ZIP's name: the programme's name and 结业证书. */
        public String fileName() {
            return safe(programme.name) + "-结业证书.zip";
        }

        public void writeTo(OutputStream out) throws IOException {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Certificate certificate : inForce) {
                    // printed one by one, so that a long bundle lets single certificates be printed in between
                    byte[] pdf = printer.print(content(certificate, programme));
                    zip.putNextEntry(new ZipEntry(PrintedCertificates.fileName(certificate)));
                    zip.write(pdf);
                    zip.closeEntry();
                }
            }
        }
    }

    /** The QR code's target: the public verification page of the number with its code. */
    String verificationUrl(Certificate c) {
        return publicBaseUrl + "/api/training/certificate-verifications/"
                + URLEncoder.encode(c.number, StandardCharsets.UTF_8) + "/page?code=" + c.verificationCode;
    }

    private CertificatePrinter.Content content(Certificate c, TrainingProgramme programme) {
        return new CertificatePrinter.Content(
                c,
                programme.organisers,
                programme.executors == null ? List.of() : programme.executors,
                verificationUrl(c));
    }

    /** NTTB-2020-000001-张三.pdf */
    private static String fileName(Certificate c) {
        return c.number + "-" + safe(c.holderName) + ".pdf";
    }

    /** A name as part of a file name: no path separators, nothing a file system refuses. */
    private static String safe(String name) {
        return name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static byte[] font() {
        try (InputStream in = PrintedCertificates.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(
                        FONT + " is not on the class path: training-service's build puts it there");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
