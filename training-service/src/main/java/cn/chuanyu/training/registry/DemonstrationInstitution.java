package cn.chuanyu.training.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A named technology-transfer demonstration institution (技术转移示范机构). */
@Entity
@Audited
@Table(name = "demonstration_institution")
public class DemonstrationInstitution extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public InstitutionLevel level;

    @Enumerated(EnumType.STRING)
    public Region region;

    @Column(name = "recognised_in")
    public Integer recognisedIn;

    public String description;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    static DemonstrationInstitution register(Institutions.InstitutionRequest request, String admin, Instant now) {
        var institution = new DemonstrationInstitution();
        institution.id = UUID.randomUUID();
        institution.name = request.name().strip();
        institution.level = request.level();
        institution.region = request.region();
        institution.recognisedIn = request.recognisedIn();
        institution.description = request.description() == null
                        || request.description().isBlank()
                ? null
                : request.description().strip();
        institution.registeredBy = admin;
        institution.registeredAt = now;
        return institution;
    }
}
