package hall.callbacks.shared.remote;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

/**
 * callback-service's own access token (client credentials of the {@code callback-service} client at the issuer),
 * for background work that no person's request caused, such as completing pending due dates. Spring Security's
 * authorized-client manager fetches and renews it.
 */
@Component
public class MachineToken {

    public static final String REGISTRATION = "callback-service";

    private final OAuth2AuthorizedClientManager clients;

    public MachineToken(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The Authorization header value, or null when the issuer does not answer (the work is retried later). */
    public String bearer() {
        try {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(REGISTRATION).principal(REGISTRATION).build());
            return client == null ? null : "Bearer " + client.getAccessToken().getTokenValue();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
