package hall.cases.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts to applicants and owners for {@link NotificationRequested}, rendered from a UTF-8 properties file of
 * templates with {name} placeholders. A missing parameter is rendered as an empty string; an unknown template is an
 * error (a programming mistake). Every service that notifies keeps its own templates at
 * {@value #CHINESE_TEMPLATES} on its classpath.
 */
public final class NotificationTemplates {

    public static final String DEFAULT_LOCALE = "zh-CN";
    public static final String CHINESE_TEMPLATES = "/notifications/templates_zh_CN.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    private final Properties templates;
    private final String locale;

    private NotificationTemplates(Properties templates, String locale) {
        this.templates = templates;
        this.locale = locale;
    }

    public static NotificationTemplates load(InputStream in, String locale) {
        Properties p = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NotificationTemplates(p, locale);
    }

    public static NotificationTemplates chinese() {
        InputStream in = NotificationTemplates.class.getResourceAsStream(CHINESE_TEMPLATES);
        if (in == null) {
            throw new IllegalStateException("notification templates missing from the classpath");
        }
        return load(in, DEFAULT_LOCALE);
    }

    public String locale() {
        return locale;
    }

    public String render(String template, Map<String, String> parameters) {
        String text = templates.getProperty(template);
        if (text == null) {
            throw new IllegalArgumentException("unknown notification template " + template);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = parameters.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
