package evradar.extract.names;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AhoCorasickTest {

    private static Set<String> scan(AhoCorasick ac, String text, List<String> keys) {
        Set<String> out = new HashSet<>();
        ac.scan(text, (s, e, p) -> out.add(s + ":" + e + ":" + keys.get(p)));
        return out;
    }

    @Test
    void findsOverlappingAndNestedKeysCaseFolded() {
        List<String> keys = List.of("Great Wall", "Great Wall Motors", "Wall", "GWM");
        AhoCorasick.Builder b = AhoCorasick.builder();
        for (int i = 0; i < keys.size(); i++) {
            b.add(keys.get(i), i);
        }
        Set<String> found = scan(b.build(), "great wall motors and GWM", keys);
        assertEquals(Set.of("0:10:Great Wall", "0:17:Great Wall Motors", "6:10:Wall", "22:25:GWM"), found);
    }

    /** Every occurrence the automaton reports is exactly what a naive search finds. */
    @Property(tries = 300)
    void agreesWithNaiveSearch(@ForAll @Size(min = 1, max = 6) List<@AlphaChars @StringLength(min = 1, max = 4) String> keys,
                               @ForAll @AlphaChars @StringLength(max = 60) String text) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        AhoCorasick.Builder b = AhoCorasick.builder();
        for (int i = 0; i < distinct.size(); i++) {
            b.add(distinct.get(i), i);
        }
        Set<String> expected = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String k : distinct) {
            String lk = k.toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(lk); i >= 0; i = lower.indexOf(lk, i + 1)) {
                expected.add(i + ":" + (i + k.length()) + ":" + k);
            }
        }
        // keys equal after case folding report both payloads at one position; compare folded
        Set<String> found = new HashSet<>();
        for (String f : scan(b.build(), text, distinct)) {
            found.add(f.toLowerCase(Locale.ROOT));
        }
        Set<String> expectedFolded = new HashSet<>();
        for (String e : expected) {
            expectedFolded.add(e.toLowerCase(Locale.ROOT));
        }
        assertEquals(expectedFolded, found);
    }
}
