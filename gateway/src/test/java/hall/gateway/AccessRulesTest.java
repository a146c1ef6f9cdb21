package hall.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every public path of every service: no token 401, a token without a fitting role 403, the right role passes. */
class AccessRulesTest extends GatewayTestBase {

    /** One request per path; {@code denied == null} means "a token with no platform role at all". */
    record Case(String method, String path, StubService service, String allowed, String denied) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Case> everyRoute() {
        List<Case> cases = new ArrayList<>();
        // case-service
        cases.add(new Case("GET", "/api/cases/c-1/contact", CASES, "CALLBACK_AGENT", "PROPERTY_MANAGER"));
        cases.add(new Case("POST", "/api/cases", CASES, "APPLICANT", "PROPERTY_MANAGER"));
        cases.add(new Case("GET", "/api/complaints", CASES, "PROPERTY_MANAGER", null));
        cases.add(new Case("GET", "/api/ledgers/W01/2026-11", CASES, "SUPERVISOR", "APPLICANT"));
        cases.add(new Case("GET", "/api/departments", CASES, "APPLICANT", null));
        cases.add(new Case("POST", "/api/departments", CASES, "ADMIN", "APPLICANT"));
        cases.add(new Case("GET", "/api/windows/W01", CASES, "CALLBACK_AGENT", null));
        cases.add(new Case("PUT", "/api/windows/W01", CASES, "CLERK", "DEPARTMENT_OFFICER"));
        cases.add(new Case("GET", "/api/matters", CASES, "PROPERTY_MANAGER", null));
        cases.add(new Case("POST", "/api/matters", CASES, "ADMIN", "CALLBACK_AGENT"));
        // deadline-service
        cases.add(new Case("GET", "/api/calendars/2026", DEADLINES, "APPLICANT", null));
        cases.add(new Case("PUT", "/api/calendars/2027", DEADLINES, "SUPERVISOR", "CLERK"));
        cases.add(new Case("GET", "/api/deadlines/c-1", DEADLINES, "CLERK", "APPLICANT"));
        cases.add(new Case("POST", "/api/extensions", DEADLINES, "CLERK", "CALLBACK_AGENT"));
        cases.add(new Case("POST", "/api/extensions/e-1/approval", DEADLINES, "SUPERVISOR", "APPLICANT"));
        cases.add(new Case("GET", "/api/accountability", DEADLINES, "DEPARTMENT_OFFICER", "PROPERTY_MANAGER"));
        cases.add(new Case("GET", "/api/deadline-statistics/windows/W01", DEADLINES, "SUPERVISOR", "APPLICANT"));
        // callback-service
        cases.add(new Case("GET", "/api/callbacks", CALLBACKS, "CALLBACK_AGENT", "APPLICANT"));
        cases.add(new Case("GET", "/api/callbacks/t-1", CALLBACKS, "CLERK", "DEPARTMENT_OFFICER"));
        cases.add(new Case("POST", "/api/callbacks/t-1/attempts", CALLBACKS, "CALLBACK_AGENT", "CLERK"));
        cases.add(new Case("POST", "/api/callbacks/t-1/outcome", CALLBACKS, "SUPERVISOR", "CLERK"));
        cases.add(new Case("GET", "/api/callback-plans", CALLBACKS, "PROPERTY_MANAGER", "CLERK"));
        cases.add(new Case("POST", "/api/callback-plans", CALLBACKS, "PROPERTY_MANAGER", "APPLICANT"));
        cases.add(new Case("POST", "/api/sampling-rounds", CALLBACKS, "SUPERVISOR", "PROPERTY_MANAGER"));
        cases.add(new Case("GET", "/api/visits", CALLBACKS, "PROPERTY_MANAGER", "CLERK"));
        cases.add(new Case("GET", "/api/projects/P01/owners", CALLBACKS, "CALLBACK_AGENT", "APPLICANT"));
        cases.add(new Case("POST", "/api/projects", CALLBACKS, "PROPERTY_MANAGER", "DEPARTMENT_OFFICER"));
        cases.add(new Case("GET", "/api/problems/p-1", CALLBACKS, "DEPARTMENT_OFFICER", "APPLICANT"));
        cases.add(new Case("GET", "/api/window-scores", CALLBACKS, "CLERK", "APPLICANT"));
        cases.add(new Case("GET", "/api/window-scores/W01", CALLBACKS, "DEPARTMENT_OFFICER", "PROPERTY_MANAGER"));
        cases.add(new Case("POST", "/api/window-scores/2026-W48/publication", CALLBACKS, "SUPERVISOR", "APPLICANT"));
        cases.add(new Case("POST", "/api/visit-plans", CALLBACKS, "CALLBACK_AGENT", "CLERK"));
        cases.add(new Case("POST", "/api/customer-projects", CALLBACKS, "CALLBACK_AGENT", "DEPARTMENT_OFFICER"));
        cases.add(new Case("POST", "/api/customer-projects/cp-1/regular-plans", CALLBACKS, "CALLBACK_AGENT", "CLERK"));
        cases.add(new Case("POST", "/api/regular-plans/rp-1/decision", CALLBACKS, "SUPERVISOR", "APPLICANT"));
        cases.add(new Case("GET", "/api/regular-plans/rp-1", CALLBACKS, "SUPERVISOR", "DEPARTMENT_OFFICER"));
        cases.add(new Case("POST", "/api/customer-projects/cp-1/complaints/K-1/handled", CALLBACKS, "CALLBACK_AGENT",
                "APPLICANT"));
        cases.add(new Case("POST", "/api/service-orders/WO-1/completion", CALLBACKS, "PROPERTY_MANAGER", "CALLBACK_AGENT"));
        cases.add(new Case("GET", "/api/projects/P01/records", CALLBACKS, "DEPARTMENT_OFFICER", "APPLICANT"));
        cases.add(new Case("GET", "/api/projects/P01/owners", CALLBACKS, "SUPERVISOR", "DEPARTMENT_OFFICER"));
        cases.add(new Case("POST", "/api/access-requests", CALLBACKS, "CLERK", "APPLICANT"));
        cases.add(new Case("GET", "/api/owner-issue-statistics", CALLBACKS, "PROPERTY_MANAGER", "DEPARTMENT_OFFICER"));
        // survey-service
        cases.add(new Case("GET", "/api/questionnaires", SURVEYS, "APPLICANT", "DEPARTMENT_OFFICER"));
        cases.add(new Case("GET", "/api/questionnaires/HALL-ONSITE/versions", SURVEYS, "CLERK", "DEPARTMENT_OFFICER"));
        cases.add(new Case("POST", "/api/questionnaires", SURVEYS, "PROPERTY_MANAGER", "CLERK"));
        cases.add(new Case("GET", "/api/campaigns", SURVEYS, "CLERK", "APPLICANT"));
        cases.add(new Case("POST", "/api/campaigns", SURVEYS, "CALLBACK_AGENT", "CLERK"));
        cases.add(new Case("POST", "/api/survey-responses", SURVEYS, "APPLICANT", "DEPARTMENT_OFFICER"));
        cases.add(new Case("POST", "/api/evaluator-ratings", SURVEYS, "CLERK", "PROPERTY_MANAGER"));
        cases.add(new Case("GET", "/api/survey-statistics", SURVEYS, "PROPERTY_MANAGER", "APPLICANT"));
        cases.add(new Case("GET", "/api/rectifications", SURVEYS, "DEPARTMENT_OFFICER", "CLERK"));
        return cases.stream();
    }

    private WebTestClient.ResponseSpec call(Case c, String authorization) {
        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(c.method())).uri(c.path());
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (!c.method().equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        }
        return request.exchange();
    }

    @ParameterizedTest(name = "{0} without token -> 401")
    @MethodSource("everyRoute")
    void withoutTokenIsUnauthenticated(Case c) {
        int before = c.service().count(c.method(), c.path());

        call(c, null).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE)
                .expectBody().jsonPath("$.type").isEqualTo("https://hall.example/problems/unauthenticated");

        assertThat(c.service().count(c.method(), c.path())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} with a role that may not -> 403")
    @MethodSource("everyRoute")
    void withoutFittingRoleIsForbidden(Case c) {
        int before = c.service().count(c.method(), c.path());
        String token = c.denied() == null ? TestTokens.bearer() : TestTokens.bearer(c.denied());

        call(c, token).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);

        assertThat(c.service().count(c.method(), c.path())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} with the right role reaches its service")
    @MethodSource("everyRoute")
    void withFittingRoleReachesTheService(Case c) {
        String token = TestTokens.bearer(c.allowed());

        call(c, token).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(c.service().name)
                .jsonPath("$.path").isEqualTo(c.path())
                .jsonPath("$.method").isEqualTo(c.method());

        assertThat(c.service().lastRequestTo(c.path())).containsEntry("Authorization", token);
    }

    @Test
    void adminPassesEverywhere() {
        everyRoute().forEach(c -> call(c, TestTokens.bearer("ADMIN")).expectStatus().isOk());
    }

    @Test
    void scopedRoleWithoutItsScopeClaimIsForbidden() {
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearerWithoutScope("CLERK"))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/rectifications").header(HttpHeaders.AUTHORIZATION, TestTokens.bearerWithoutScope("DEPARTMENT_OFFICER"))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/visits").header(HttpHeaders.AUTHORIZATION, TestTokens.bearerWithoutScope("PROPERTY_MANAGER"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void tokensOfAnotherIssuerOrKeyAreRejected() {
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearerFromOtherIssuer("ADMIN"))
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearerSignedByOtherKey("ADMIN"))
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAsAnInvalidToken() {
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearerForOtherAudience("ADMIN"))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).contains("error=\"invalid_token\""))
                .expectBody().jsonPath("$.type").isEqualTo("https://hall.example/problems/unauthenticated");
    }
}
