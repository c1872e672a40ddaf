package evradar.extract.relations;

import evradar.avro.Certainty;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import evradar.extract.discourse.Discourse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic model over {@link TieFeatures}: the probability that two firms the rules left untied
 * are tied all the same, by the story's configuration. Pairs at or above the threshold are added as
 * {@link Certainty#SPECULATIVE} ties (inferred, not stated), typed by {@link TieFeatures#type}.
 *
 * <p>The bundled weights ({@code evradar/extract/tie-model.tsv}) are trained by
 * {@code ./evradar train-ties} on labelled sets only; the file's header names them. The format is
 * one {@code feature<TAB>weight} per line and a {@code #threshold<TAB>p} line; unknown features
 * weigh nothing, so a model and a newer feature set still load.
 */
public final class TieModel {

    public static final String BUNDLED = "evradar/extract/tie-model.tsv";

    /** The model that adds nothing: the rules alone. */
    public static final TieModel NONE = new TieModel(Map.of(), 1.1, List.of());

    private final Map<String, Double> weights;
    private final double threshold;
    private final List<String> comments;

    public TieModel(Map<String, Double> weights, double threshold, List<String> comments) {
        if (!(threshold >= 0 && threshold <= 1.1)) {
            throw new IllegalArgumentException("threshold must be a probability, got " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.comments = List.copyOf(comments);
    }

    /** The model on the class path, or {@link #NONE} when there is none. */
    public static TieModel bundled() {
        InputStream in = TieModel.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            return NONE;
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TieModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new TreeMap<>();
        List<String> comments = new ArrayList<>();
        double threshold = 1.1;
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (line.startsWith("#threshold")) {
                    threshold = Double.parseDouble(f[1].strip());
                } else if (line.startsWith("#")) {
                    comments.add(line.substring(1).strip());
                } else {
                    weights.put(f[0].strip(), Double.parseDouble(f[1].strip()));
                }
            } catch (RuntimeException e) {
                throw new IOException("tie model line " + n + ": expected feature<TAB>weight, got \"" + line + "\"");
            }
        }
        return new TieModel(weights, threshold, comments);
    }

    public void write(Writer out) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        // the threshold as given (0.45, not rounded), and "\n" throughout, as the comments are written
        out.write("#threshold\t" + threshold + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(String.format(Locale.ROOT, "%s\t%.6f\n", e.getKey(), e.getValue()));
        }
    }

    public double probability(Map<String, Double> features) {
        double z = 0;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The rules' ties and, after them, the inferred ones. */
    public List<PartnershipHit> addTo(Discourse d, Extraction rules) {
        if (weights.isEmpty()) {
            return rules.partnerships();
        }
        List<PartnershipHit> out = new ArrayList<>(rules.partnerships());
        for (TieFeatures.Candidate c : TieFeatures.candidates(d, rules)) {
            if (probability(c.features()) >= threshold) {
                out.add(new PartnershipHit(c.a(), c.b(), c.type(), Certainty.SPECULATIVE, c.evidence()));
            }
        }
        return List.copyOf(out);
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public double threshold() {
        return threshold;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }
}
