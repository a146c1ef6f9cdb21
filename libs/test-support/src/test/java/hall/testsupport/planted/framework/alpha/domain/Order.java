package hall.testsupport.planted.framework.alpha.domain;

import org.springframework.web.client.RestClient;

public class Order {
    public String fetch(RestClient client) {
        return client.get().retrieve().body(String.class);
    }
}
