package cn.chuanyu.conference.edition;

import cn.chuanyu.conference.kernel.ConferenceClock;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.UUID;

/** Creating and reading conference editions. */
@ApplicationScoped
public class Conferences {

    private final ConferenceClock clock;

    Conferences(ConferenceClock clock) {
        this.clock = clock;
    }

    @Transactional
    public Conference create(CreateConferenceRequest request, String organiser) {
        if (Conference.count("name = ?1 and edition = ?2", request.name().strip(), request.edition()) > 0) {
            throw new ProblemException(
                    Status.CONFLICT, "conference-exists", "conference-exists", request.edition(), request.name());
        }
        var conference = Conference.create(request, organiser, clock.now());
        conference.persist();
        return conference;
    }

    public Conference get(UUID id) {
        Conference conference = Conference.findById(id);
        if (conference == null) {
            throw ProblemException.notFound("conference", id);
        }
        return conference;
    }

    public PageOf<Conference> list(int page, int size) {
        var query = Conference.<Conference>find("order by startsOn desc, id").page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }
}
