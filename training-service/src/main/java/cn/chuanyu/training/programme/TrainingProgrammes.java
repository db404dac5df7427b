package cn.chuanyu.training.programme;

import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Creating and reading training programmes. */
@ApplicationScoped
public class TrainingProgrammes {

    private final TrainingClock clock;

    TrainingProgrammes(TrainingClock clock) {
        this.clock = clock;
    }

    @Transactional
    public TrainingProgramme create(CreateProgrammeRequest request, String admin) {
        var programme = TrainingProgramme.create(request, admin, clock.now());
        programme.persist();
        return programme;
    }

    public TrainingProgramme get(UUID id) {
        TrainingProgramme programme = TrainingProgramme.findById(id);
        if (programme == null) {
            throw ProblemException.notFound("programme", id);
        }
        return programme;
    }

    /** Programmes, latest start first (id breaks ties so that pages are stable); {@code level} may be null. */
    public PageOf<TrainingProgramme> list(BrokerLevel level, int page, int size) {
        var query = level == null
                ? TrainingProgramme.find("order by startsOn desc, id")
                : TrainingProgramme.find("level = ?1 order by startsOn desc, id", level);
        var results = query.page(page, size);
        return new PageOf<>(results.list(), page, size, results.count());
    }
}
