package hall.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the harness reads from an API document and which bad requests it makes of it, without a service. */
class BadInputHarnessTest {

    private static final JsonNode DOCUMENT = JsonMapper.builder().build().readTree("""
            {"paths": {
               "/api/things/{id}/steps": {
                 "get": {"parameters": []},
                 "post": {
                   "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}},
                                  {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Step"}}}}}},
               "/api/things/{id}": {"delete": {"parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}]}}},
             "components": {"schemas": {"Step": {"type": "object", "properties": {
               "days": {"type": "integer", "format": "int32"},
               "reason": {"type": ["string", "null"]},
               "on": {"type": "string", "format": "date"},
               "kind": {"type": "string", "enum": ["A", "B"]},
               "items": {"type": "array", "items": {"type": "string"}}}}}}}
            """);

    @Test
    void findsEveryWriteOperationAndNoRead() {
        assertThat(BadInputHarness.writeOperations(DOCUMENT)).extracting(o -> o.method() + " " + o.path())
                .containsExactlyInAnyOrder("post /api/things/{id}/steps", "delete /api/things/{id}");
    }

    @Test
    void makesMalformedBodiesNulParametersAndOneBadValuePerAttempt() {
        BadInputHarness.Operation post = BadInputHarness.writeOperations(DOCUMENT).stream()
                .filter(o -> o.method().equals("post")).findFirst().orElseThrow();
        List<BadInputHarness.Attempt> attempts = BadInputHarness.of(1, new org.springframework.jdbc.datasource.SimpleDriverDataSource())
                .triesPerOperation(100).attempts(DOCUMENT, post, new Random(7));

        assertThat(attempts).allSatisfy(a -> assertThat(a.path()).startsWith("/api/things/a/steps?dryRun="));
        assertThat(attempts).anySatisfy(a -> assertThat(a.path()).endsWith("dryRun=x%00y"));
        assertThat(attempts).anySatisfy(a -> assertThat(a.body()).isEqualTo("{"));
        assertThat(attempts).extracting(BadInputHarness.Attempt::description).contains(
                "decimal for a whole number at days", "number beyond 64 bits at days", "NUL character at reason",
                "number for text at reason", "impossible date at on", "unknown constant at kind",
                "NUL character at items.0", "text for a list at items");
        assertThat(attempts).filteredOn(a -> a.description().equals("decimal for a whole number at days"))
                .singleElement().satisfies(a -> assertThat(a.body()).contains("\"days\":1.5").contains("\"kind\":\"A\""));
    }
}
