package hall.eventing.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The access line of a request that fails with an exception says 500, and the error line carries its request id. */
class RequestIdFilterTest {

    private final Logger access = (Logger) LoggerFactory.getLogger("hall.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void release() {
        access.detachAppender(lines);
    }

    @Test
    void aRequestThatThrowsIsLoggedAs500WithItsRequestIdOnTheErrorLine() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things");
        request.addHeader(RequestIds.HEADER, "req-failing-1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> new RequestIdFilter().doFilter(request, response, (req, res) -> {
            throw new ServletException("database said no");
        })).isInstanceOf(ServletException.class);

        assertThat(lines.list).anySatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "req-failing-1");
            assertThat(line.getThrowableProxy().getMessage()).isEqualTo("database said no");
        });
        assertThat(lines.list).anySatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).startsWith("POST /api/things -> 500 in ");
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "req-failing-1");
        });
    }

    @Test
    void aSuccessfulRequestIsLoggedWithItsStatus() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new RequestIdFilter().doFilter(request, response, (req, res) -> response.setStatus(404));

        assertThat(lines.list).singleElement().satisfies(line ->
                assertThat(line.getFormattedMessage()).startsWith("GET /api/things -> 404 in "));
        assertThat(response.getHeader(RequestIds.HEADER)).isNotBlank();
    }
}
