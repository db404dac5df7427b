package cn.chuanyu.conference.society;

import cn.chuanyu.conference.Region;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.web.PageOf;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.exception.ConstraintViolationException;

/** The societies registry and the annual first-class society awards. */
@ApplicationScoped
public class Societies {

    static final String TOPIC = "chuanyu.conference.societies";
    static final String AWARDED = "cn.chuanyu.conference.society.awarded.v1";
    private final EntityManager entityManager;
    private final Outbox outbox;

    Societies(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Schema(example = """
            {"name": "重庆市青年科技领军人才协会", "region": "CHONGQING", "foundedYear": 2020, "members": 166,
             "description": "由13名中青年科技工作者发起，致力于打造人才交流、联谊、服务平台。"}""")
    public record SocietyRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull Region region,
            @Min(1900) @Max(2100) Integer foundedYear,
            @Min(0) Integer members,
            @Size(max = 5000) String description) {}

    public record AwardRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Size(max = 2000) String citation) {}

    @Transactional
    public Society register(SocietyRequest request, String organiser) {
        String name = request.name().strip();
        if (Society.count("name", name) > 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "society-name-taken",
                    "The society is registered",
                    name + " is in the registry already");
        }
        var society = new Society();
        society.id = UUID.randomUUID();
        society.name = name;
        society.region = request.region();
        society.foundedYear = request.foundedYear();
        society.members = request.members();
        society.description = request.description();
        society.createdBy = organiser;
        society.createdAt = now();
        try {
            society.persistAndFlush();
        } catch (ConstraintViolationException concurrentSameName) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "society-name-taken",
                    "The society is registered",
                    name + " was registered at the same moment");
        }
        return society;
    }

    /** At most one award per society and year: the society row is locked while checking and granting. */
    @Transactional
    public SocietyAward award(UUID societyId, AwardRequest request, String organiser) {
        Society society = Society.findById(societyId, LockModeType.PESSIMISTIC_WRITE);
        if (society == null) {
            throw ProblemException.notFound("Society", societyId);
        }
        if (SocietyAward.count("societyId = ?1 and year = ?2", societyId, request.year()) > 0) {
            throw new ProblemException(
                    Status.CONFLICT,
                    "society-already-awarded",
                    "Already awarded this year",
                    society.name + " is a first-class society of " + request.year() + " already");
        }
        var award = new SocietyAward();
        award.id = UUID.randomUUID();
        award.societyId = societyId;
        award.year = request.year();
        award.citation = request.citation();
        award.decidedBy = organiser;
        award.decidedAt = now();
        award.persist();
        outbox.publish(awarded(award, society));
        return award;
    }

    public Society get(UUID id) {
        Society society = Society.findById(id);
        if (society == null) {
            throw ProblemException.notFound("Society", id);
        }
        return society;
    }

    public PageOf<Society> list(Region region, int page, int size) {
        var query = region == null
                ? Society.<Society>find("order by name")
                : Society.<Society>find("region = ?1 order by name", region);
        query.page(page, size);
        return new PageOf<>(query.list(), page, size, query.count());
    }

    /** The awards of a year (or all years), with their societies, newest year first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> awards(Integer year) {
        return entityManager.createQuery("""
                select a, s from SocietyAward a, Society s where s.id = a.societyId and (:year is null or a.year = :year)
                order by a.year desc, s.name""").setParameter("year", year).getResultList();
    }

    private static OutgoingEvent awarded(SocietyAward award, Society society) {
        var data = new java.util.HashMap<String, Object>(Map.of(
                "awardId",
                award.id.toString(),
                "societyId",
                society.id.toString(),
                "societyName",
                society.name,
                "region",
                society.region.name(),
                "year",
                award.year,
                "decidedBy",
                award.decidedBy,
                "decidedAt",
                award.decidedAt.toString()));
        data.put("citation", award.citation);
        return new OutgoingEvent(TOPIC, AWARDED, "society", society.id.toString(), data);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
