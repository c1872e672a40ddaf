package evradar.serde;

import java.net.URI;

/** Opens the registry a URL names: {@code mock://scope} in memory, {@code http(s)://...} over REST. */
public final class SchemaRegistries {

    private SchemaRegistries() {
    }

    public static SchemaRegistry forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no schema registry URL given");
        }
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return switch (scheme) {
            case "mock" -> InMemorySchemaRegistry.scope(uri.getSchemeSpecificPart().replaceFirst("^//", ""));
            case "http", "https" -> new CachingSchemaRegistry(new RestSchemaRegistry(url.trim()));
            default -> throw new IllegalArgumentException("unsupported schema registry URL '" + url
                    + "': expected mock://scope or http(s)://host:port");
        };
    }
}
