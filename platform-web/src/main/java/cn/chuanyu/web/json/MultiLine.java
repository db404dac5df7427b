package cn.chuanyu.web.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request text that may span lines (what a textarea edits: descriptions, summaries, comments). The platform's
 * JSON reader lets such a text hold tab and newline; every other text must be one line. Control characters, NUL and
 * unpaired surrogates are refused everywhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface MultiLine {}
