package hall.gateway.problems;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Finds a NUL character ({@code %00}) in a raw query string, which no service accepts in any parameter. */
final class QueryNul {

    private QueryNul() {
    }

    /** The (decoded) name of the first parameter whose name or value holds a NUL; null when there is none. */
    static String parameterWithNul(String rawQuery) {
        if (rawQuery == null || !rawQuery.contains("%00")) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.contains("%00")) {
                int eq = pair.indexOf('=');
                String name = decoded(eq < 0 ? pair : pair.substring(0, eq)).replace("\u0000", "\\u0000");
                return name.isEmpty() ? "?" : name;
            }
        }
        return null;
    }

    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
