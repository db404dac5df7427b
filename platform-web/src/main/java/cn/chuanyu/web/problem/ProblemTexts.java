package cn.chuanyu.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;

/**
 * The texts of problems in the caller's language. A service keeps its own in {@code problems.properties} (zh-CN, the
 * default) and {@code problems_en.properties} at the root of its resources; the platform's shared ones (validation,
 * authentication, conflicts...) are in this package's {@code platform-problems} bundles, consulted second. Keys:
 * {@code title.<slug>} (one title per problem type), {@code detail.<key>} (a {@link String#format} pattern: {@code %s},
 * {@code %1$s} to reorder) and {@code term.<key>} (a noun used inside details, see {@link Term}).
 */
public final class ProblemTexts {

    /** What a caller gets without a supported {@code Accept-Language}. */
    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    private static final Logger LOG = Logger.getLogger(ProblemTexts.class);
    private static final String SERVICE_BUNDLE = "problems";
    private static final String PLATFORM_BUNDLE = "cn.chuanyu.web.problem.platform-problems";
    private static final ResourceBundle.Control NO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentMap<String, Boolean> REPORTED_MISSING = new ConcurrentHashMap<>();

    /** A word inside a detail that is itself translated, e.g. {@code new Term("paper")} for 论文 / paper. */
    public record Term(String key) {}

    private ProblemTexts() {}

    /**
     * The caller's language from the request's {@code Accept-Language}; a header that does not parse (e.g.
     * {@code *;q=2}) is no preference, so the answer to a bad request is still a problem, in zh-CN.
     */
    public static Locale negotiate(HttpHeaders headers) {
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException unparsable) {
            return DEFAULT;
        }
        return negotiate(acceptable);
    }

    /** The supported locale the caller prefers, in the order of their {@code Accept-Language}; zh-CN otherwise. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if (wanted.getLanguage().equals("*")) {
                return DEFAULT;
            }
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return DEFAULT;
    }

    public static String title(String slug, Locale locale) {
        return text("title." + slug, locale);
    }

    /** The detail {@code key} formatted with {@code args}; {@link Term} arguments are translated first. */
    public static String detail(String key, Locale locale, Object... args) {
        Object[] localised = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localised[i] = args[i] instanceof Term term ? term(term.key(), locale) : args[i];
        }
        String pattern = text("detail." + key, locale);
        try {
            return String.format(locale, pattern, localised);
        } catch (IllegalFormatException e) {
            LOG.errorf("The problem text 'detail.%s' does not fit its %d argument(s): %s", key, args.length, e);
            return pattern;
        }
    }

    private static String term(String key, Locale locale) {
        String text = text("term." + key, locale);
        return text.equals("term." + key) ? key : text;
    }

    /** The language tag to announce in {@code Content-Language}. */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }

    static String text(String key, Locale locale) {
        for (String base : List.of(SERVICE_BUNDLE, PLATFORM_BUNDLE)) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, bundleLocale(locale), NO_JVM_LOCALE);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException noSuchBundle) {
                // a service without texts of its own: the platform's are enough
            }
        }
        if (REPORTED_MISSING.putIfAbsent(key, Boolean.TRUE) == null) {
            LOG.errorf("No problem text '%s' in the bundles %s or %s", key, SERVICE_BUNDLE, PLATFORM_BUNDLE);
        }
        return key;
    }

    /** The bundles' root is Chinese: English has its own file, any other locale reads the root. */
    private static Locale bundleLocale(Locale locale) {
        return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
    }
}
