package evradar.cli;

import evradar.config.EvradarConfig;
import evradar.serde.SchemaRegistries;
import evradar.serde.SchemaRegistry;

/** Opens the configured schema registry, or says in one line what is missing. */
final class Registries {

    private Registries() {
    }

    static SchemaRegistry open(EvradarConfig config) {
        if (config.schemaRegistryUrl() == null || config.schemaRegistryUrl().isBlank()) {
            throw new UserException("no schema registry configured (schema.registry.url, EVRADAR_SCHEMA_REGISTRY_URL or --registry)",
                    CliErrors.USAGE);
        }
        try {
            return SchemaRegistries.forUrl(config.schemaRegistryUrl());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), CliErrors.USAGE);
        }
    }
}
