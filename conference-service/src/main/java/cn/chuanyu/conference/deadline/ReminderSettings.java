package cn.chuanyu.conference.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When reviewers hear of the review deadline. The check's interval and first delay are read by the scheduler itself
 * ({@code chuanyu.conference.review-reminders.check-interval}, {@code .check-delay}).
 */
@ConfigMapping(prefix = "chuanyu.conference.review-reminders")
public interface ReminderSettings {

    /** How many days before the deadline a reviewer without a review is reminded (the deadline's day included). */
    @WithDefault("3")
    int noticeDays();

    /** How often the check runs, e.g. 1h. */
    @WithDefault("1h")
    String checkInterval();

    /** How long after start the first check runs. */
    @WithDefault("30s")
    String checkDelay();
}
