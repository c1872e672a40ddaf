package evradar.extract.names;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable Aho-Corasick automaton over case-folded characters: finds every occurrence of every
 * key in one left-to-right pass, in time linear in the text plus the number of matches. Keys and
 * text are folded with {@link Character#toLowerCase(char)}, which keeps offsets aligned, so callers
 * check case and word boundaries on the original text. Each key carries an int payload.
 */
final class AhoCorasick {

    /** Receives each match: [start, end) in the scanned text and the key's payload. */
    interface Sink {
        void match(int start, int end, int payload);
    }

    // Per state: sorted outgoing characters and their target states (binary search on lookup).
    private final char[][] labels;
    private final int[][] targets;
    private final int[] fail;
    // Per state: payloads ending here (own and inherited through failure links), with their key lengths.
    private final int[][] outPayloads;
    private final int[][] outLengths;

    private AhoCorasick(char[][] labels, int[][] targets, int[] fail, int[][] outPayloads, int[][] outLengths) {
        this.labels = labels;
        this.targets = targets;
        this.fail = fail;
        this.outPayloads = outPayloads;
        this.outLengths = outLengths;
    }

    static Builder builder() {
        return new Builder();
    }

    int states() {
        return labels.length;
    }

    void scan(CharSequence text, Sink sink) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            int next;
            while ((next = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(next, 0);
            int[] payloads = outPayloads[state];
            for (int k = 0; k < payloads.length; k++) {
                sink.match(i + 1 - outLengths[state][k], i + 1, payloads[k]);
            }
        }
    }

    private int step(int state, char c) {
        int k = Arrays.binarySearch(labels[state], c);
        return k >= 0 ? targets[state][k] : -1;
    }

    static final class Builder {
        private final List<Map<Character, Integer>> go = new ArrayList<>();
        private final List<List<int[]>> out = new ArrayList<>(); // {payload, length}

        private Builder() {
            newState();
        }

        private int newState() {
            go.add(new HashMap<>(4));
            out.add(new ArrayList<>(1));
            return go.size() - 1;
        }

        Builder add(String key, int payload) {
            if (key.isEmpty()) {
                return this;
            }
            int s = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = Character.toLowerCase(key.charAt(i));
                Integer t = go.get(s).get(c);
                if (t == null) {
                    t = newState();
                    go.get(s).put(c, t);
                }
                s = t;
            }
            out.get(s).add(new int[] {payload, key.length()});
            return this;
        }

        AhoCorasick build() {
            int n = go.size();
            int[] fail = new int[n];
            char[][] labels = new char[n][];
            int[][] targets = new int[n][];
            for (int s = 0; s < n; s++) {
                Map<Character, Integer> m = go.get(s);
                char[] cs = new char[m.size()];
                int k = 0;
                for (char c : m.keySet()) {
                    cs[k++] = c;
                }
                Arrays.sort(cs);
                int[] ts = new int[cs.length];
                for (int j = 0; j < cs.length; j++) {
                    ts[j] = m.get(cs[j]);
                }
                labels[s] = cs;
                targets[s] = ts;
            }
            // Breadth-first: failure links and inherited outputs.
            List<List<int[]>> outs = new ArrayList<>(out.size());
            for (List<int[]> o : out) {
                outs.add(new ArrayList<>(o));
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int t : targets[0]) {
                fail[t] = 0;
                queue.add(t);
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                for (int j = 0; j < labels[s].length; j++) {
                    char c = labels[s][j];
                    int t = targets[s][j];
                    int f = fail[s];
                    int next;
                    while ((next = lookup(labels, targets, f, c)) < 0 && f != 0) {
                        f = fail[f];
                    }
                    fail[t] = next >= 0 && next != t ? next : 0;
                    outs.get(t).addAll(outs.get(fail[t]));
                    queue.add(t);
                }
            }
            int[][] payloads = new int[n][];
            int[][] lengths = new int[n][];
            for (int s = 0; s < n; s++) {
                List<int[]> o = outs.get(s);
                payloads[s] = new int[o.size()];
                lengths[s] = new int[o.size()];
                for (int k = 0; k < o.size(); k++) {
                    payloads[s][k] = o.get(k)[0];
                    lengths[s][k] = o.get(k)[1];
                }
            }
            return new AhoCorasick(labels, targets, fail, payloads, lengths);
        }

        private static int lookup(char[][] labels, int[][] targets, int state, char c) {
            int k = Arrays.binarySearch(labels[state], c);
            return k >= 0 ? targets[state][k] : -1;
        }
    }
}
