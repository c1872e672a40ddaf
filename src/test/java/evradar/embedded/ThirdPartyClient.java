package evradar.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Confluent's own Python client ({@code python3-confluent-kafka} with fastavro), run as a
 * subprocess through {@code src/test/resources/interop/confluent_client.py}, as a real
 * third-party user of our wire format, registry and topics. {@code .ci/install-test-deps.sh}
 * installs it.
 *
 * <p>When it is missing the test is skipped with the reason, except where it is required: on CI
 * ({@code CI=true}) or with {@code -Devradar.interop.required=true}, where a missing client fails
 * the test instead, so CI can never pass by skipping the proof of compatibility.
 */
public final class ThirdPartyClient {

    static final String PYTHON = System.getProperty("evradar.interop.python", "/usr/bin/python3");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private final Path script;

    private ThirdPartyClient(Path script) {
        this.script = script;
    }

    /** The client, or the test skipped (or failed, where required) with the reason it is not there. */
    public static ThirdPartyClient requireInstalled() {
        String missing = whyMissing();
        if (missing != null) {
            String message = "Confluent's Python client is not usable here (" + missing + "); run "
                    + ".ci/install-test-deps.sh as root to install python3-confluent-kafka and fastavro";
            if (required()) {
                fail(message + " [required: CI=true or -Devradar.interop.required=true]");
            }
            assumeTrue(false, message);
        }
        URL resource = ThirdPartyClient.class.getResource("/interop/confluent_client.py");
        if (resource == null) {
            fail("interop/confluent_client.py is not on the test classpath");
        }
        try {
            return new ThirdPartyClient(Path.of(resource.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean required() {
        String property = System.getProperty("evradar.interop.required");
        if (property != null) {
            return Boolean.parseBoolean(property);
        }
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String whyMissing() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return PYTHON + " not found";
        }
        Result check = run(List.of(PYTHON, "-c",
                "import confluent_kafka, fastavro, requests, confluent_kafka.schema_registry.avro"), 60);
        return check.exitCode() == 0 ? null : "import failed: " + lastLine(check.stderr());
    }

    /** Runs one mode of the script; its stdout's JSON lines, or a failure carrying its stderr. */
    public List<JsonNode> call(String mode, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), mode));
        command.addAll(List.of(args));
        Result result = run(command, TIMEOUT_SECONDS);
        if (result.exitCode() != 0) {
            fail("Python client '" + mode + "' exited " + result.exitCode() + ":\n" + result.stderr() + "\nstdout:\n" + result.stdout());
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.stdout().split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    fail("Python client '" + mode + "' printed a line that is not JSON: " + line);
                }
            }
        }
        return lines;
    }

    /** Runs one mode that prints one JSON value. */
    JsonNode callForOne(String mode, String... args) {
        List<JsonNode> lines = call(mode, args);
        if (lines.size() != 1) {
            fail("Python client '" + mode + "' printed " + lines.size() + " JSON lines, expected 1: " + lines);
        }
        return lines.get(0);
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(List<String> command, long timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, out.getNow(""), "timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
