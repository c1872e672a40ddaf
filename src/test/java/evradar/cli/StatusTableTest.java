package evradar.cli;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;
import evradar.avro.FirmStatus;
import evradar.avro.Partner;
import evradar.avro.PartnershipType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusTableTest {

    private static FirmStatus row(Partner... partners) {
        Instant t = Instant.parse("2023-05-01T00:00:00Z");
        return FirmStatus.newBuilder().setCompanyId("acme").setCompanyName("Acme").setStatus(EvStatus.DEVELOPING)
                .setSince(t).setUpdatedAt(t).setPartners(List.of(partners)).build();
    }

    private static String text(FirmStatus r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StatusTable.printText(List.of(r), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPartnerOnlySpeculativeReportsSupportIsMarked() {
        Instant t = Instant.parse("2023-05-01T00:00:00Z");
        String out = text(row(new Partner("bolt", "Bolt", PartnershipType.SUPPLY, t, Certainty.CONFIRMED),
                new Partner("cog", "Cog", PartnershipType.PARTNERSHIP, t, Certainty.SPECULATIVE)));
        assertTrue(out.contains("bolt, cog?"), out);
        assertTrue(out.contains("partner? = only speculative reports support the tie"), out);
        String plain = text(row(new Partner("bolt", "Bolt", PartnershipType.SUPPLY, t, Certainty.REPORTED)));
        assertTrue(plain.contains("bolt ") || plain.contains("bolt\n"), plain);
        assertFalse(plain.contains("?"), plain);
    }
}
