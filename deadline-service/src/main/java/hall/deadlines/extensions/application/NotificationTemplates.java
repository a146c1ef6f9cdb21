package hall.deadlines.extensions.application;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Chinese texts to applicants from classpath:templates/notifications.properties (UTF-8). */
@Component
public class NotificationTemplates {

    private final Properties templates = new Properties();

    public NotificationTemplates() {
        try (Reader in = new InputStreamReader(new ClassPathResource("templates/notifications.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            templates.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(String template, Map<String, String> parameters) {
        String text = templates.getProperty(template);
        if (text == null) {
            throw new IllegalArgumentException("No notification template " + template);
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            text = text.replace("{" + p.getKey() + "}", p.getValue() == null ? "" : p.getValue());
        }
        return text;
    }
}
