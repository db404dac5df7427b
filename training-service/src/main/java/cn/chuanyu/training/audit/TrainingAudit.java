package cn.chuanyu.training.audit;

import cn.chuanyu.audit.AuditedAggregate;
import cn.chuanyu.audit.AuditedAggregates;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The aggregates of training-service in its audit trail: the entities marked @Audited, with their tables (V14). */
public class TrainingAudit {

    @Produces
    @Singleton
    AuditedAggregates aggregates() {
        return new AuditedAggregates(List.of(
                AuditedAggregate.of("TrainingProgramme", "training_programme"),
                AuditedAggregate.of("Course", "training_course"),
                AuditedAggregate.of("CourseSession", "course_session"),
                AuditedAggregate.of("Enrolment", "enrolment"),
                AuditedAggregate.of("Attendance", "attendance"),
                AuditedAggregate.of("ExamSitting", "exam_sitting"),
                AuditedAggregate.of("ExamResult", "exam_result"),
                AuditedAggregate.of("Certificate", "certificate"),
                new AuditedAggregate("ContractStatistic", "technology_contract_statistic", List.of("region", "year")),
                AuditedAggregate.of("DemonstrationInstitution", "demonstration_institution")));
    }
}
