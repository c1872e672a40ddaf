package evradar.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The firms the extractor knows, by id. Immutable: {@link #with} returns a new dictionary, so a
 * matcher built over one instance never sees it change. The bundled data file is
 * {@code evradar/extract/companies.jsonl} (one JSON object per line).
 */
public final class CompanyDictionary {

    public static final String RESOURCE = "evradar/extract/companies.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Company> byId;

    private CompanyDictionary(Map<String, Company> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The bundled dictionary, loaded once. */
    public static CompanyDictionary bundled() {
        return Bundled.INSTANCE;
    }

    public static CompanyDictionary of(Collection<Company> companies) {
        Map<String, Company> m = new LinkedHashMap<>();
        for (Company c : companies) {
            m.put(c.id(), c);
        }
        return new CompanyDictionary(m);
    }

    /** A new dictionary in which the given entries replace those with the same id and the others are added. */
    public CompanyDictionary with(Collection<Company> overrides) {
        Map<String, Company> m = new LinkedHashMap<>(byId);
        for (Company c : overrides) {
            m.put(c.id(), c);
        }
        return new CompanyDictionary(m);
    }

    /** A new dictionary without the given ids (a tombstone on the reference topic). */
    public CompanyDictionary without(Collection<String> ids) {
        Map<String, Company> m = new LinkedHashMap<>(byId);
        ids.forEach(m::remove);
        return new CompanyDictionary(m);
    }

    public Optional<Company> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Company> companies() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Reads a JSON-lines file of firms; blank lines and lines starting with # are skipped. */
    public static CompanyDictionary read(Reader reader) throws IOException {
        List<Company> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            try {
                out.add(parse(JSON.readTree(t)));
            } catch (IOException | RuntimeException e) {
                throw new IOException("companies line " + n + ": " + e.getMessage(), e);
            }
        }
        return of(out);
    }

    /** Loads a dictionary from a classpath resource. */
    public static CompanyDictionary fromResource(String resource) {
        InputStream in = CompanyDictionary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("company dictionary resource not found: " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Company parse(JsonNode n) {
        return new Company(
                text(n, "id"),
                text(n, "name"),
                CompanyKind.parse(text(n, "kind")),
                text(n, "country"),
                strings(n, "aliases"),
                strings(n, "formerNames"),
                text(n, "parent"),
                strings(n, "brands"),
                n.hasNonNull("evSalesSince") ? n.get("evSalesSince").asInt() : null,
                strings(n, "descriptors"),
                n.hasNonNull("evDevelopmentSince") ? n.get("evDevelopmentSince").asInt() : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static final class Bundled {
        static final CompanyDictionary INSTANCE = fromResource(RESOURCE);
    }
}
