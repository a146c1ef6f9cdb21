package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;

import hall.testsupport.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document a generic client gets: true to the controllers, secured, with the gateway as server. */
class OpenApiDocumentTest extends IntegrationTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void documentFollowsThePlatformsRulesAndTheControllers() {
        Answer document = get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(OpenApiContract.violations(document.json().toString(), handlers.getHandlerMethods())).isEmpty();
    }
}
