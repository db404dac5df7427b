package cn.chuanyu.notification.directory;

import java.util.Locale;

/** A realm user as messages need them: where to write and in which language (null address: no e-mail). */
public record Person(String username, String email, Locale locale) {}
