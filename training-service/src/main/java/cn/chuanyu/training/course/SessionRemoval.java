package cn.chuanyu.training.course;

import java.util.UUID;

/**
 * Fired (synchronously, in the removing transaction) before a session is removed, so that features holding records of
 * the session can refuse by throwing a problem.
 */
public record SessionRemoval(UUID sessionId) {}
