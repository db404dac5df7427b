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

/** A named technology-transfer demonstration institution (技术转移示范机构). */
@Entity
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
}
