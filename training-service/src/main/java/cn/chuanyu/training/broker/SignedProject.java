package cn.chuanyu.training.broker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An alliance project signed for joint construction (签约共建) with a certified broker: one entry of that broker's practice
 * record, learned from the alliance's events.
 */
@Entity
@Table(name = "broker_signed_project")
public class SignedProject extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "broker_subject")
    public String brokerSubject;

    @Column(name = "broker_name")
    public String brokerName;

    @Column(name = "certificate_number")
    public String certificateNumber;

    public String title;

    @Column(name = "lead_zone")
    public String leadZone;

    @Column(name = "agreement_date")
    public LocalDate agreementDate;

    @Column(name = "signed_at")
    public Instant signedAt;
}
