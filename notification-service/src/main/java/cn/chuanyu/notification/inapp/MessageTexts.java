package cn.chuanyu.notification.inapp;

import cn.chuanyu.notification.directory.Directory;
import cn.chuanyu.notification.kernel.NotificationConfig;
import cn.chuanyu.notification.rule.MessageKind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * A message's words in one language: the template {@code messages/<kind>.<locale>.txt}, whose first line is the subject
 * and the rest the text, and the link to the frontend page it is about.
 */
@ApplicationScoped
public class MessageTexts {

    private final Engine engine;
    private final NotificationConfig.Links links;

    MessageTexts(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.links = config.links();
    }

    public record Text(String subject, String body) {}

    public Text render(MessageKind kind, Map<String, String> params, Locale locale) {
        TemplateInstance template =
                engine.getTemplate(kind.template(supported(locale))).instance();
        params.forEach(template::data);
        String rendered = template.render().strip();
        int end = rendered.indexOf('\n');
        return end < 0
                ? new Text(rendered, "")
                : new Text(
                        rendered.substring(0, end).strip(),
                        rendered.substring(end + 1).strip());
    }

    /** The frontend page the message is about. */
    public String link(MessageKind kind, String id) {
        String pattern = switch (kind.page) {
            case "enrolment" -> links.enrolment();
            case "exam-result" -> links.examResult();
            case "certificate" -> links.certificate();
            case "review-assignment" -> links.reviewAssignment();
            case "paper" -> links.paper();
            case "project" -> links.project();
            case "secondment" -> links.secondment();
            case "interest" -> links.interest();
            case "board-item" -> links.boardItem();
            case "zone" -> links.zone();
            default -> links.offer();
        };
        return links.frontend() + pattern.replace("{id}", id);
    }

    /** zh-CN unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Directory.DEFAULT_LOCALE;
    }
}
