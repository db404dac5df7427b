package cn.chuanyu.notification.rule;

import java.util.Map;

/**
 * What a rule decided: tell {@code recipient} (an account name) this kind of message with these template parameters;
 * {@code linkId} fills the {id} of the kind's frontend page.
 */
public record Message(String recipient, MessageKind kind, Map<String, String> params, String linkId) {}
