package evradar.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.avro.FirmStatus;
import evradar.cli.Main;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command, `./evradar demo --json`, run in this JVM: a JSON array of FirmStatus that agrees with gold. */
@Tag("integration")
class DemoIT {

    @Test
    void demoJsonPrintsTheTableAsFirmStatusRecords() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            rc = Main.execute("demo", "--json");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, rc);
        JsonNode table = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
        assertTrue(table.isArray() && table.size() > 20, "a JSON array of firms on stdout, nothing else");

        List<String> avroFields = FirmStatus.getClassSchema().getFields().stream().map(Schema.Field::name).toList();
        JsonNode gold = new ObjectMapper().readTree(getClass().getResourceAsStream("/corpus/gold.json")).get("final");
        int agree = 0;
        for (JsonNode row : table) {
            List<String> fields = new ArrayList<>();
            for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                fields.add(it.next());
            }
            assertEquals(avroFields, fields, "exactly the Avro field names, in schema order");
            JsonNode expected = gold.get(row.get("companyId").asText());
            if (expected != null && expected.get("status").asText().equals(row.get("status").asText())) {
                agree++;
            }
        }
        assertTrue(agree >= gold.size() * 0.8, agree + " of " + gold.size() + " gold rows agree");
    }
}
