package evradar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command has --help, and bad input gives one line on stderr and a non-zero exit, never a stack trace. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"demo", "run", "ingest", "extract", "evaluate", "train-ties", "status", "replay", "bench"}) {
            assertTrue(out.toString().contains(command), command + " missing from:\n" + out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "run", "ingest", "extract", "evaluate", "train-ties", "status", "replay", "bench"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"), err::toString);
        assertTrue(out.toString().startsWith("Usage: evradar " + command), out::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("a command is required"));
    }

    /** Each case: the arguments, then a fragment the one-line error must contain. */
    @ParameterizedTest
    @ValueSource(strings = {
        "frobnicate|Unmatched argument",
        "ingest|Missing required option",
        "ingest --input /no/such/file.jsonl|cannot read input /no/such/file.jsonl",
        "status|no schema registry configured",
        "status --registry mock://cli --set topics.bogus=x|unknown configuration key 'topics.bogus'",
        "status --registry mock://cli --set commit.interval.ms=soon|commit.interval.ms must be a whole number",
        "status --as-of yesterday|is not a date",
        "run|no Kafka cluster configured",
        "run --bootstrap localhost:1 --registry ftp://x|unsupported schema registry URL",
        "replay|Missing required argument",
        "replay --all --from 2024-01-01|mutually exclusive",
        "replay --all|no Kafka cluster configured",
        "demo --partitions 0|--partitions must be at least 1",
        "demo --input /no/such/file.jsonl|cannot read input",
        "bench --duration 10 --warmup 10|0 <= --warmup < --duration",
        "evaluate --articles /no/such/a.jsonl --gold /no/such/g.json|no such file",
        "extract --input /no/such/a.jsonl|no such file",
    })
    void badInputGivesOneLineAndANonZeroExit(String spec) {
        String[] parts = spec.split("\\|");
        int rc = run(parts[0].split(" "));
        String message = err.toString();
        assertTrue(rc == 1 || rc == 2, "exit " + rc + " for " + parts[0]);
        assertTrue(message.contains(parts[1]), "'" + parts[1] + "' not in: " + message);
        assertTrue(message.startsWith("evradar: "), message);
        assertFalse(message.contains("\tat ") || message.contains("Exception"), "a stack trace or exception name: " + message);
        assertTrue(message.lines().count() <= 2, "more than one line (plus a 'Try --help' hint): " + message);
    }
}
