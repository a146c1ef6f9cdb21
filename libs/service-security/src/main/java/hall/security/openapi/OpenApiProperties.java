package hall.security.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about the platform ({@code platform.openapi.*}): the gateway as the one
 * server clients call ({@code GATEWAY_URL}), the issuer's token endpoint for the client-credentials flow
 * ({@code OPENAPI_TOKEN_URL}, by default the gateway's route to it), and the document's title and version.
 */
@ConfigurationProperties("platform.openapi")
public record OpenApiProperties(String serverUrl, String tokenUrl, String title, String version, String description) {

    public OpenApiProperties {
        serverUrl = blank(serverUrl) ? "http://127.0.0.1:18080" : strip(serverUrl);
        tokenUrl = blank(tokenUrl) ? serverUrl + "/oauth2/token" : tokenUrl;
        version = blank(version) ? "1.0" : version;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
