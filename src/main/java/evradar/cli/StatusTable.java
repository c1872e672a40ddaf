package evradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import evradar.app.AvroJson;
import evradar.avro.Certainty;
import evradar.avro.FirmStatus;
import evradar.avro.Partner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Prints the firm-status table: aligned text for people, or a JSON array with the Avro field names. */
final class StatusTable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusTable() {
    }

    static void printJson(Collection<FirmStatus> rows, PrintStream out) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        rows.forEach(r -> array.add(AvroJson.toJson(r)));
        try {
            out.println(JSON.writeValueAsString(array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner's id, with "?" when only speculative reports (hedged, or inferred by the tie model) support the tie. */
    private static String partner(Partner p) {
        return p.getCertainty() == Certainty.SPECULATIVE ? p.getCompanyId() + "?" : p.getCompanyId();
    }

    static void printText(Collection<FirmStatus> rows, PrintStream out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"COMPANY", "STATUS", "SINCE", "PARTNERS", "TARGET", "SOURCES", "LATEST EVIDENCE"});
        for (FirmStatus r : rows) {
            lines.add(new String[] {
                r.getCompanyId(),
                r.getStatus().name(),
                r.getSince().toString().substring(0, 10),
                r.getPartners().isEmpty() ? "-" : r.getPartners().stream().map(StatusTable::partner).collect(Collectors.joining(", ")),
                r.getTargetYear() == null ? "-" : r.getTargetYear().toString(),
                Integer.toString(r.getSourceCount()),
                r.getEvidence().isEmpty() ? "-" : r.getEvidence().get(0).getArticleId()
            });
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                sb.append(i == line.length - 1 ? line[i] : String.format("%-" + (widths[i] + 2) + "s", line[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " firm)" : " firms)")
                + (rows.stream().anyMatch(r -> r.getPartners().stream().anyMatch(p -> p.getCertainty() == Certainty.SPECULATIVE))
                ? "; partner? = only speculative reports support the tie" : ""));
    }
}
