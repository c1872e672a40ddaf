package evradar.cli;

import evradar.app.TopicReader;
import evradar.avro.FirmEvidence;
import evradar.avro.FirmStatus;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import evradar.serde.SchemaRegistry;
import evradar.status.StatusFold;
import evradar.topology.EvidenceKeys;
import evradar.topology.TopologyNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints the current EV-market status table: reads the compacted status topic to its end.",
                "With --as-of, rebuilds the table as it stood at that date from the firms' evidence history "
                        + "(the application's evidence-store changelog), so no running instance is needed."})
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array of FirmStatus records (Avro field names).")
    boolean json;

    @Option(names = "--as-of", paramLabel = "DATE", converter = AsOf.class,
            description = "Status as it was at the end of this day (2022-06-30, UTC) or at this instant.")
    Instant asOf;

    @Option(names = "--company", paramLabel = "ID", description = "Only these firms (company ids).", split = ",")
    List<String> companies;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "How long to wait for the cluster (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        EvradarConfig config = connection.load();
        try (SchemaRegistry registry = Registries.open(config)) {
            AvroSerdes serdes = new AvroSerdes(registry, false);
            List<FirmStatus> rows = asOf == null ? current(config, serdes) : asOf(config, serdes);
            if (companies != null) {
                rows.removeIf(r -> !companies.contains(r.getCompanyId()));
            }
            if (json) {
                StatusTable.printJson(rows, System.out);
            } else {
                StatusTable.printText(rows, System.out);
            }
            return 0;
        }
    }

    private List<FirmStatus> current(EvradarConfig config, AvroSerdes serdes) {
        return new ArrayList<>(TopicReader.latest(config, config.topics().marketStatus(),
                serdes.value(FirmStatus.class), Duration.ofSeconds(timeoutSeconds)).values());
    }

    private List<FirmStatus> asOf(EvradarConfig config, AvroSerdes serdes) {
        String changelog = config.applicationId() + "-" + TopologyNames.FIRM_EVIDENCE_STORE + "-changelog";
        Map<String, List<FirmEvidence>> byFirm = new TreeMap<>();
        TopicReader.latest(config, changelog, serdes.value(FirmEvidence.class), Duration.ofSeconds(timeoutSeconds))
                .forEach((key, evidence) -> byFirm.computeIfAbsent(EvidenceKeys.companyOf(key), k -> new ArrayList<>()).add(evidence));
        List<FirmStatus> rows = new ArrayList<>();
        byFirm.forEach((id, items) -> StatusFold.fold(id, items, asOf).ifPresent(rows::add));
        return rows;
    }
}
