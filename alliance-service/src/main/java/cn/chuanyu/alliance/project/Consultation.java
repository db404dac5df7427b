package cn.chuanyu.alliance.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A regular consultation (定期会商) of a signed project's parties. */
@Audited
@Entity
@Table(name = "project_consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> participants;

    public String minutes;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    static Consultation record(
            CollaborationProject project, WorkChainRequests.Consult request, String user, Instant now) {
        var consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.projectId = project.id;
        consultation.heldOn = request.heldOn();
        consultation.participants =
                request.participants().stream().map(String::strip).toList();
        consultation.minutes = request.minutes();
        consultation.recordedBy = user;
        consultation.recordedAt = now;
        return consultation;
    }
}
