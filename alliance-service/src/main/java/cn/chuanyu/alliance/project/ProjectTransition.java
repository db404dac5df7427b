package cn.chuanyu.alliance.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded step of a project's work chain: who took it, when, from which stage to which, and why. */
@Entity
@Table(name = "project_transition")
public class ProjectTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id")
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage toStage;

    public String actor;

    public Instant at;

    public String note;

    /** The accepted interest a collection cited as its proposal; null for other steps. */
    @Column(name = "interest_id")
    public UUID interestId;

    static ProjectTransition of(CollaborationProject project, Stage from, String actor, String note) {
        var transition = new ProjectTransition();
        transition.projectId = project.id;
        transition.fromStage = from;
        transition.toStage = project.stage;
        transition.actor = actor;
        transition.at = project.stageChangedAt;
        transition.note = note;
        return transition;
    }
}
