package hall.callbacks.shared.remote;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The client-credentials client of callback-service, outside any request (for scheduled work). */
@Configuration
public class MachineClientConfiguration {

    @Bean
    OAuth2AuthorizedClientManager machineClients(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorized) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }
}
