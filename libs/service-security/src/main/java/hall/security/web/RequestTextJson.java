package hall.security.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read by every service: a text field refuses NUL characters, a number (or true/false)
 * where text is expected, and a decimal where a whole number is expected ({@code "workingDays": 1.5} is not
 * silently 1), a number where true/false is expected. Each refusal is a Jackson error with the path of the field, which {@link RequestProblemAdvice}
 * answers as 400 problem details naming it.
 */
public final class RequestTextJson {

    public static final String NUL_MESSAGE = "must not contain NUL characters";

    private RequestTextJson() {
    }

    public static void configure(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("request-text").addDeserializer(String.class, new TextWithoutNul()));
    }

    /** The standard text reader that refuses NUL characters. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (NulCharacterFilter.containsNul(text)) {
                throw ctxt.weirdStringException(text.replace("\0", "\\u0000"), String.class, NUL_MESSAGE);
            }
            return text;
        }
    }
}
