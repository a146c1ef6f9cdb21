package hall.security.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes a service's OpenAPI document usable by generic clients: the gateway as its server, two equivalent
 * security schemes (a bearer JWT, and OAuth2 client credentials at the issuer's token URL, so that Swagger UI
 * offers "Authorize"), a security requirement on every operation, the RFC 9457 problem schema, and on every
 * operation the problem answers it can give: 401 and 403 (token, role), 429 and 503 (the gateway's rate limit and
 * circuit breaker), 400 when it reads parameters or a body, 404 when its path names a resource, 415 when it reads
 * a body. Answers particular to an operation (409, 422) are declared on the controller method with
 * {@code @ApiResponse}; they get the problem schema here.
 */
public class PlatformOpenApi {

    public static final String BEARER = "bearer";
    public static final String OAUTH2 = "oauth2";
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The problem answers documented for every status, in the order of the status codes. */
    static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "Invalid request: the problem's errors name the bad fields");
        PROBLEMS.put("401", "No valid access token (WWW-Authenticate tells why)");
        PROBLEMS.put("403", "The caller's role or scope does not allow this");
        PROBLEMS.put("404", "No such resource");
        PROBLEMS.put("409", "The resource's state does not allow this, or it exists already");
        PROBLEMS.put("413", "Request body too large");
        PROBLEMS.put("415", "The body must be application/json");
        PROBLEMS.put("422", "A domain rule refuses the request");
        PROBLEMS.put("429", "Too many requests: retry after the Retry-After header's seconds");
        PROBLEMS.put("503", "The service is unavailable: retry later");
    }

    private final OpenApiProperties properties;
    private final String applicationName;

    public PlatformOpenApi(OpenApiProperties properties, String applicationName) {
        this.properties = properties;
        this.applicationName = applicationName;
    }

    /** Title, version, the gateway as server, the security schemes and the problem schema. */
    public void document(OpenAPI api) {
        String title = properties.title() != null ? properties.title() : applicationName + " API";
        api.info(new Info().title(title).version(properties.version()).description(properties.description()));
        api.servers(List.of(new Server().url(properties.serverUrl()).description("the platform's gateway")));
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        api.components(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of the platform's issuer (RFC 9068)"));
        components.addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Client credentials of a platform client (client id and secret)")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(properties.tokenUrl())
                        .scopes(new Scopes()))));
        components.addSchemas(PROBLEM, problemSchema());
        PROBLEMS.forEach((status, description) -> components.addResponses(status, problem(description)));
    }

    /** The security requirement and the problem answers of one operation. */
    public Operation operation(Operation operation, HandlerMethod handler) {
        operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        operation.addSecurityItem(new SecurityRequirement().addList(OAUTH2));
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.responses(responses);
        boolean readsBody = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        boolean namesResource = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        boolean readsInput = readsBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (readsInput) {
            reference(responses, "400");
        }
        reference(responses, "401");
        reference(responses, "403");
        if (namesResource) {
            reference(responses, "404");
        }
        if (readsBody) {
            reference(responses, "415");
        }
        reference(responses, "429");
        reference(responses, "503");
        // answers declared on the method (409, 422, ...) without a body get the problem schema
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.get$ref() == null && (response.getContent() == null || response.getContent().isEmpty())) {
                    response.content(problemContent());
                }
            }
        });
        return operation;
    }

    private static void reference(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + status));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** RFC 9457 problem details with the platform's errors list (one entry per bad field). */
    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description("the field, header or parameter"));
        fieldProblem.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem detail");
        problem.addProperty("type", new StringSchema().format("uri")
                .description("stable problem type, e.g. https://hall.example/problems/validation"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem));
        problem.required(List.of("type", "title", "status"));
        return problem;
    }
}
