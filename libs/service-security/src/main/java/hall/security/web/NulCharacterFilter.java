package hall.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose path or query parameters contain a NUL character with 400 problem details naming
 * the parameter. PostgreSQL cannot store NUL in text, so such a value would otherwise end as a 500 wherever it
 * reaches a query. JSON bodies are guarded by {@link RequestTextJson}.
 */
public class NulCharacterFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public NulCharacterFilter(JsonMapper json) {
        this.json = json;
    }

    public static boolean containsNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String field = null;
        String path = request.getRequestURI();
        if (containsNul(path) || containsNul(request.getServletPath()) || containsNul(request.getPathInfo())
                || (path != null && path.toLowerCase().contains("%00"))) {
            field = "path";
        } else {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (containsNul(parameter.getKey())
                        || List.of(parameter.getValue()).stream().anyMatch(NulCharacterFilter::containsNul)) {
                    field = parameter.getKey().replace('\0', '?');
                    break;
                }
            }
        }
        if (field == null) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field + ": must not contain NUL characters");
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new RequestProblemAdvice.FieldProblem(field,
                "must not contain NUL characters")));
        problem.setInstance(URI.create(path == null ? "/" : path.replace("%00", "").replace("\0", "")));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
