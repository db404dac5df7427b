package cn.chuanyu.training.course;

import java.util.UUID;

/**
 * Fired (synchronously, in the editing transaction) before a session's time changes, so that features holding records
 * of the session as it was held can refuse by throwing a problem.
 */
public record SessionRescheduling(UUID sessionId) {}
