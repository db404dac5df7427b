package cn.chuanyu.alliance.zone;

import cn.chuanyu.alliance.kernel.AllianceClock;
import cn.chuanyu.alliance.kernel.Caller;
import cn.chuanyu.eventing.outbox.Outbox;
import cn.chuanyu.eventing.outbox.OutgoingEvent;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;

/** The secretariat's switch of a zone's moderation, and the notice that tells the zone's officers. */
@ApplicationScoped
public class ZoneModeration {

    /** The board's notices for the people concerned (internal: it names accounts); key: the zone's code. */
    static final String TOPIC = "chuanyu.alliance.board-notices";

    static final String CHANGED = "cn.chuanyu.alliance.zone.moderation-changed.v1";

    private final Outbox outbox;
    private final AllianceClock clock;

    ZoneModeration(Outbox outbox, AllianceClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sets it; a change (not a repeat: the call is idempotent) emits {@value #CHANGED}. */
    @Transactional
    public Zone set(String code, boolean required, Caller caller) {
        Zone zone = Zone.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (zone == null) {
            throw ProblemException.notFound("zone", code);
        }
        if (zone.moderationRequired != required) {
            zone.moderationRequired = required;
            outbox.publish(new OutgoingEvent(
                    TOPIC,
                    CHANGED,
                    "zone",
                    zone.code,
                    Map.of(
                            "zone",
                            zone.code,
                            "moderationRequired",
                            required,
                            "changedBy",
                            caller.user(),
                            "changedAt",
                            clock.now().toString())));
        }
        return zone;
    }
}
