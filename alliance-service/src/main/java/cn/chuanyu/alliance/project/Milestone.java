package cn.chuanyu.alliance.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A milestone of joint promotion (合力推动) and how far it has come. */
@Audited
@Entity
@Table(name = "project_milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public int position;

    public String title;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public int progress;

    @Column(name = "done_on")
    public LocalDate doneOn;

    /** The milestone at {@code position} (from 1) of the project's plan for joint promotion, not started. */
    static Milestone plan(CollaborationProject project, int position, WorkChainRequests.MilestonePlan plan) {
        var milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.projectId = project.id;
        milestone.position = position;
        milestone.title = plan.title().strip();
        milestone.dueOn = plan.dueOn();
        return milestone;
    }

    /** 100 marks it done on the first day it was reported so; less reopens it. */
    void report(int newProgress, LocalDate today) {
        progress = newProgress;
        doneOn = newProgress == 100 ? (doneOn != null ? doneOn : today) : null;
    }
}
