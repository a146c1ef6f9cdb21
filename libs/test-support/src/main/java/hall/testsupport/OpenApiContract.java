package hall.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Checks a service's OpenAPI document (as served at /v3/api-docs) with an independent parser (swagger-parser)
 * against the platform's rules and the service's controllers: the document parses without messages, names a
 * server and security schemes; every operation has a security requirement of a declared scheme, a summary and at
 * least one 4xx answer; and its successful statuses are exactly those its controller method answers
 * ({@code @ResponseStatus}, else for a {@code ResponseEntity} the 2xx codes its {@code @ApiResponse}s declare,
 * else 200). Use: {@code assertThat(OpenApiContract.violations(json, handlerMapping.getHandlerMethods())).isEmpty()}.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static List<String> violations(String document, Map<RequestMappingInfo, HandlerMethod> handlers) {
        List<String> violations = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> violations.add("parser: " + message));
        }
        OpenAPI api = parsed.getOpenAPI();
        if (api == null) {
            violations.add("the document does not parse as OpenAPI 3");
            return violations;
        }
        if (api.getServers() == null || api.getServers().isEmpty()) {
            violations.add("the document names no server");
        }
        Set<String> schemes = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                ? Set.of() : api.getComponents().getSecuritySchemes().keySet();
        if (schemes.isEmpty()) {
            violations.add("the document declares no security scheme");
        }
        if (api.getPaths() == null) {
            return violations;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                check(api, path, method, operation, schemes, handlers, violations)));
        return violations;
    }

    private static void check(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation,
            Set<String> schemes, Map<RequestMappingInfo, HandlerMethod> handlers, List<String> violations) {
        String name = method + " " + path;
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        if (security == null || security.isEmpty()) {
            violations.add(name + ": no security requirement");
        } else {
            security.forEach(requirement -> requirement.keySet().stream().filter(s -> !schemes.contains(s))
                    .forEach(s -> violations.add(name + ": undeclared security scheme " + s)));
        }
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            violations.add(name + ": no summary");
        }
        Set<String> statuses = operation.getResponses() == null ? Set.of() : operation.getResponses().keySet();
        if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
            violations.add(name + ": no 4xx answer documented");
        }
        Optional<HandlerMethod> handler = handler(handlers, path, method);
        if (handler.isEmpty()) {
            violations.add(name + ": documented, but no controller method answers it");
            return;
        }
        Set<String> documented = new TreeSet<>(statuses.stream().filter(s -> s.startsWith("2")).toList());
        Set<String> answered = successStatuses(handler.get());
        if (answered.isEmpty()) {
            violations.add(name + ": returns a ResponseEntity without an @ApiResponse declaring its success status");
        } else if (!documented.equals(answered)) {
            violations.add(name + ": documents " + documented + " but its controller answers " + answered);
        }
    }

    private static Optional<HandlerMethod> handler(Map<RequestMappingInfo, HandlerMethod> handlers, String path,
            PathItem.HttpMethod method) {
        RequestMethod requestMethod = RequestMethod.valueOf(method.name());
        return handlers.entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().contains(path))
                .filter(e -> e.getKey().getMethodsCondition().getMethods().isEmpty()
                        || e.getKey().getMethodsCondition().getMethods().contains(requestMethod))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The 2xx statuses the controller method answers with, as far as its declaration tells. */
    static Set<String> successStatuses(HandlerMethod handler) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
        if (status != null) {
            return Set.of(String.valueOf(status.code().value()));
        }
        if (ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())) {
            Set<String> declared = new TreeSet<>();
            Arrays.stream(handler.getMethod().getAnnotationsByType(ApiResponse.class))
                    .map(ApiResponse::responseCode).filter(code -> code.startsWith("2")).forEach(declared::add);
            return declared;
        }
        return Set.of("200");
    }
}
