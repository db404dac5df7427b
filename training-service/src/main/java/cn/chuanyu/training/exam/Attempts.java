package cn.chuanyu.training.exam;

import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A trainee's results so far, in order of attempt, and how many attempts they are allowed (the first sitting and the
 * retakes): who may sit again, attendance aside.
 */
record Attempts(List<ExamResult> results, int allowed) {

    boolean passed() {
        return results.stream().anyMatch(r -> r.passed);
    }

    int used() {
        return results.size();
    }

    /** Not passed yet, with an attempt left. */
    boolean remain() {
        return !passed() && used() < allowed;
    }

    int next() {
        return used() + 1;
    }

    /** Refuses a score at the sitting for one scored there already, passed already, or out of retakes. */
    void requireAnotherAt(ExamSitting sitting, Enrolment enrolment) {
        if (results.stream().anyMatch(r -> r.sittingId.equals(sitting.id))) {
            throw new ProblemException(
                    Status.CONFLICT, "already-scored", "already-scored", enrolment.traineeName, sitting.id);
        }
        if (passed()) {
            throw new ProblemException(Status.CONFLICT, "already-passed", "already-passed", enrolment.traineeName);
        }
        if (used() >= allowed) {
            throw new ProblemException(
                    Status.CONFLICT, "retakes-exhausted", "retakes-exhausted", enrolment.traineeName, used(), allowed);
        }
    }
}
