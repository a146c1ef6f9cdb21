package hall.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Loads demo data into a running stack through the services' APIs, with a token of the identity issuer's
 * ADMIN demo persona. Every entry of each named array of a JSON file is POSTed to the URL given for it, in
 * the order of the arguments; a {@code {field}} in the URL is replaced by that field of the entry (owners are
 * posted to {@code .../projects/{project}/owners}). An entry that already exists (409) counts as loaded, so running it twice is
 * harmless. Prints one summary line per section; exits 1 when any entry was refused.
 *
 * <p>An entry may instead wrap its request: {@code {"idempotencyKey": "...", "body": {...}, "then": [{"path":
 * "acceptance", "body": {...}}, ...]}} posts {@code body} with the {@code Idempotency-Key} header, then each step to
 * {@code <url>/<id of the answer>/<path>} in order (hall cases: submitted, accepted, completed). An answer marked
 * {@code Idempotent-Replayed} counts as already there and its steps are not posted again.
 *
 * <pre>java -cp ... hall.localstack.DemoLoader --file catalogue.json --token-url http://127.0.0.1:18090/oauth2/token
 *     --client admin --secret demo-secret --post departments=http://127.0.0.1:18081/api/departments ...</pre>
 */
public final class DemoLoader {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        String tokenUrl = null;
        String client = "admin";
        String secret = "demo-secret";
        List<String[]> posts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--file" -> file = Path.of(args[++i]);
                case "--token-url" -> tokenUrl = args[++i];
                case "--client" -> client = args[++i];
                case "--secret" -> secret = args[++i];
                case "--post" -> posts.add(args[++i].split("=", 2));
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (file == null || tokenUrl == null || posts.isEmpty()) {
            System.err.println("use --file FILE --token-url URL [--client ID --secret S] --post section=url ...");
            System.exit(2);
        }
        System.exit(new DemoLoader().load(file, tokenUrl, client, secret, posts) ? 0 : 1);
    }

    boolean load(Path file, String tokenUrl, String client, String secret, List<String[]> posts)
            throws IOException, InterruptedException {
        String token;
        try {
            token = token(tokenUrl, client, secret);
        } catch (IOException | IllegalStateException e) {
            System.out.println("demo: no token from " + tokenUrl + " (" + e.getMessage() + "); nothing loaded");
            return false;
        }
        JsonNode root = json.readTree(file.toFile());
        boolean allLoaded = true;
        for (String[] post : posts) {
            JsonNode entries = root.path(post[0]);
            if (!entries.isArray()) {
                System.out.println("demo: " + post[0] + ": not in " + file.getFileName() + "; skipped");
                continue;
            }
            int created = 0;
            int existing = 0;
            List<String> refused = new ArrayList<>();
            for (JsonNode entry : entries) {
                boolean wrapped = entry.path("body").isObject();
                String name = wrapped ? entry.path("idempotencyKey").asText("?") : entry.path("code").asText("?");
                String url = url(post[1], entry);
                HttpResponse<String> response = send(url, token, wrapped ? entry.get("body") : entry,
                        entry.path("idempotencyKey").asText(null));
                int status = response.statusCode();
                if (status / 100 == 2 && response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                    existing++;
                } else if (status / 100 == 2) {
                    created++;
                    String id = json.readTree(response.body()).path("id").asText();
                    for (JsonNode step : entry.path("then")) {
                        HttpResponse<String> done = send(stepUrl(url, id, step.path("path").asText()), token,
                                step.path("body").isObject() ? step.get("body") : json.createObjectNode(), null);
                        if (done.statusCode() / 100 != 2) {
                            refused.add(refusal(name + " " + step.path("path").asText(), done));
                            break;
                        }
                    }
                } else if (status == 409) {
                    existing++;
                } else {
                    refused.add(refusal(name, response));
                }
            }
            allLoaded &= refused.isEmpty();
            System.out.println("demo: " + post[0] + ": " + created + " created, " + existing + " already there"
                    + (refused.isEmpty() ? "" : ", " + refused.size() + " refused: " + String.join("; ", refused)));
        }
        return allLoaded;
    }

    private HttpResponse<String> send(String url, String token, JsonNode body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String refusal(String name, HttpResponse<String> response) {
        String body = response.body().replaceAll("\\s+", " ");
        return name + " (HTTP " + response.statusCode() + " " + body.substring(0, Math.min(160, body.length())) + ")";
    }

    /** The URL of a step on the record an entry created: {@code <url>/<id>/<path>}. */
    static String stepUrl(String url, String id, String path) {
        return url.replaceAll("/+$", "") + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/" + path;
    }

    /** The URL with each {@code {field}} replaced by that field of the entry (URL-encoded). */
    static String url(String template, JsonNode entry) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int open;
        while ((open = template.indexOf('{', at)) >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            out.append(template, at, open).append(URLEncoder.encode(entry.path(template.substring(open + 1, close))
                    .asText(), StandardCharsets.UTF_8).replace("+", "%20"));
            at = close + 1;
        }
        return out.append(template.substring(at)).toString();
    }

    private String token(String tokenUrl, String client, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(client, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        JsonNode accessToken = json.readTree(response.body()).path("access_token");
        if (!accessToken.isTextual()) {
            throw new IllegalStateException("no access_token in the answer");
        }
        return accessToken.asText();
    }
}
