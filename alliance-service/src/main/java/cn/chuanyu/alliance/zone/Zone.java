package cn.chuanyu.alliance.zone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national high-tech zone (国家高新区) of the alliance. Seeded by migration. */
@Entity
@Table(name = "zone")
public class Zone extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public ZoneRegion region;

    @Column(name = "joined_on")
    public LocalDate joinedOn;
}
