package hall.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import hall.testsupport.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document a generic client gets: true to the controllers, secured, with the gateway as server. */
class OpenApiDocumentTest extends ApiTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void documentFollowsThePlatformsRulesAndTheControllers() throws Exception {
        Answer document = get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(OpenApiContract.violations(document.body(), handlers.getHandlerMethods())).isEmpty();
        // kept for client generators (README: "A generated client")
        Path file = Path.of("target/openapi/case-service.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, document.body());
    }

    @Test
    void caseIntakeIsDocumentedAs201WithTheCaseViewAndTheGatewayAsServer() throws Exception {
        JsonNode api = get("/v3/api-docs", null).json();
        JsonNode submit = api.at("/paths/~1api~1cases/post");

        assertThat(api.at("/info/title").asString()).isEqualTo("case-service API");
        assertThat(api.at("/servers/0/url").asString()).isEqualTo("http://127.0.0.1:18080");
        assertThat(api.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asString())
                .isEqualTo("http://127.0.0.1:18080/oauth2/token");
        assertThat(submit.at("/responses/201/content/application~1json/schema/$ref").asString())
                .endsWith("/CaseView");
        assertThat(submit.at("/responses/200").isMissingNode()).isTrue();
        assertThat(submit.at("/responses/401/$ref").asString()).isEqualTo("#/components/responses/401");
        assertThat(api.at("/components/responses/401/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
    }
}
