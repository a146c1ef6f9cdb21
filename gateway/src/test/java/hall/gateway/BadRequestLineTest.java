package hall.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests the gateway refuses itself, before any route (an encoded slash or NUL in the path, a path too long):
 * answered with an application/problem+json body like every other refusal. Sent over a raw socket so that no
 * client normalises the path first. A NUL in a query parameter is refused by the gateway too (the firewall checks
 * only the path), naming the parameter, before authentication and before any route.
 */
class BadRequestLineTest extends GatewayTestBase {

    private String exchange(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":" + status);
    }

    @Test
    void encodedSlashIsA400Problem() throws IOException {
        assertProblem(exchange("/api/cases/a%2Fb"), 400);
    }

    @Test
    void encodedNulIsA400Problem() throws IOException {
        assertProblem(exchange("/api/cases/a%00b"), 400);
    }

    @Test
    void aVeryLongPathIsA414Problem() throws IOException {
        assertProblem(exchange("/api/cases/" + "a".repeat(20_000)), 414);
    }

    @Test
    void aNulInAQueryParameterIsA400ProblemNamingTheParameter() throws IOException {
        String answer = exchange("/api/deadlines?window=W-MKT-01%00");
        assertProblem(answer, 400);
        assertThat(answer).contains("\"parameter\":\"window\"").contains("NUL");
        assertProblem(exchange("/api/cases?page=0&window=W%00&size=5"), 400);
        assertThat(exchange("/api/cases?subjectRef%00=x")).contains("\"parameter\":\"subjectRef\\\\u0000\"");
    }

    @Test
    void aQueryWithoutNulIsNotRefusedByTheGateway() throws IOException {
        // no token: the gateway's own answer is then the 401 of authentication, not the 400 of a refused request line
        assertProblem(exchange("/api/deadlines?window=W-MKT-01%20"), 401);
    }
}
