package hall.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

class ClientKeyResolverTest {

    private final ClientKeyResolver resolver = new ClientKeyResolver();

    private static ServerWebExchange from(String ip) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases")
                .remoteAddress(new InetSocketAddress(ip, 50000)));
    }

    @Test
    void tokenSubjectIsTheClient() {
        Principal subject = () -> "clerk";
        ServerWebExchange exchange = from("10.1.2.3").mutate().principal(Mono.just(subject)).build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("sub:clerk");
    }

    @Test
    void withoutATokenTheCallersAddressIsTheClient() {
        assertThat(resolver.resolve(from("10.1.2.3")).block()).isEqualTo("ip:10.1.2.3");
    }
}
