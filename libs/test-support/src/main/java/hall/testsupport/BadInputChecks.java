package hall.testsupport;

import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link BadInputHarness} for a service's Spring Boot test on a real port: a test class adopts it with
 * {@code implements BadInputChecks}; the port and data source come from the test's application context.
 */
public interface BadInputChecks {

    @TestFactory
    default Stream<DynamicTest> everyWriteOperationRefusesBadValues(@LocalServerPort int port,
            @Autowired DataSource dataSource) {
        return BadInputHarness.of(port, dataSource).tests();
    }
}
