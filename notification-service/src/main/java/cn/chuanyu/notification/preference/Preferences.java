package cn.chuanyu.notification.preference;

import cn.chuanyu.notification.kernel.NotificationClock;
import cn.chuanyu.notification.rule.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who wants no e-mail about what: everyone gets e-mail of every category until they opt out of it. */
@ApplicationScoped
public class Preferences {

    private final EntityManager entityManager;
    private final NotificationClock clock;

    Preferences(EntityManager entityManager, NotificationClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public boolean wantsEmail(String subject, Category category) {
        return entityManager
                .createNativeQuery("select 1 from email_opt_out where subject = ?1 and category = ?2")
                .setParameter(1, subject)
                .setParameter(2, category.name())
                .getResultList()
                .isEmpty();
    }

    public List<PreferenceView> of(String subject) {
        @SuppressWarnings("unchecked")
        Set<String> optedOut = new HashSet<>(entityManager
                .createNativeQuery("select category from email_opt_out where subject = ?1")
                .setParameter(1, subject)
                .getResultList());
        return Arrays.stream(Category.values())
                .map(category -> new PreferenceView(category, !optedOut.contains(category.name())))
                .toList();
    }

    @Transactional
    public PreferenceView set(String subject, Category category, boolean email) {
        if (email) {
            entityManager
                    .createNativeQuery("delete from email_opt_out where subject = ?1 and category = ?2")
                    .setParameter(1, subject)
                    .setParameter(2, category.name())
                    .executeUpdate();
        } else {
            entityManager
                    .createNativeQuery("""
                            insert into email_opt_out (subject, category, opted_at) values (?1, ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, subject)
                    .setParameter(2, category.name())
                    .setParameter(3, clock.now())
                    .executeUpdate();
        }
        return new PreferenceView(category, email);
    }
}
