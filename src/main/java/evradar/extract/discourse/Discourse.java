package evradar.extract.discourse;

import evradar.extract.Company;
import evradar.extract.names.NameSpan;
import evradar.extract.text.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An article after recognition and reference resolution: its sentences, the firm mentions in
 * each (names, descriptions, pronouns), the brand names, and which firms are tied by ownership
 * (parent and unit, a venture and its parents), which the partnership rules must not report.
 */
public final class Discourse {

    private final List<Sentence> sentences;
    private final List<List<Mention>> mentions;
    private final List<List<NameSpan>> brands;
    private final Map<String, Company> companies;
    private final int year;
    private final java.util.function.Function<String, Company> lookup;
    private final Set<String> ownership = new HashSet<>();

    Discourse(List<Sentence> sentences, List<List<Mention>> mentions, List<List<NameSpan>> brands,
              Map<String, Company> companies, int year, java.util.function.Function<String, Company> lookup) {
        this.sentences = sentences;
        this.mentions = mentions;
        this.brands = brands;
        this.companies = companies;
        this.year = year;
        this.lookup = id -> companies.containsKey(id) ? companies.get(id) : lookup.apply(id);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    /** Mentions in sentence i, by position. */
    public List<Mention> mentions(int i) {
        return mentions.get(i);
    }

    public List<NameSpan> brands(int i) {
        return brands.get(i);
    }

    /** Every firm named in the article (named, not only referred to), in order of first mention. */
    public Map<String, Company> companies() {
        return companies;
    }

    /** A firm named in the article or known to the dictionary. */
    public Optional<Company> company(String id) {
        return Optional.ofNullable(lookup.apply(id));
    }

    /** Year of publication: the reference for "next year", "within a decade" and for incumbency. */
    public int year() {
        return year;
    }

    /** The mention covering token i of sentence s, if any (constant time once indexed). */
    public Optional<Mention> mentionAt(int s, int i) {
        Mention[] index = mentionIndex(s);
        return i >= 0 && i < index.length ? Optional.ofNullable(index[i]) : Optional.empty();
    }

    private final java.util.Map<Integer, Mention[]> mentionIndex = new java.util.HashMap<>();

    private Mention[] mentionIndex(int s) {
        return mentionIndex.computeIfAbsent(s, k -> {
            Mention[] index = new Mention[sentences.get(k).size()];
            for (Mention m : mentions.get(k)) {
                for (int t = m.start(); t < m.end() && t < index.length; t++) {
                    if (index[t] == null) {
                        index[t] = m;
                    }
                }
            }
            return index;
        });
    }

    /** Distinct firm ids mentioned in sentence i, in order. */
    public List<String> firmsIn(int i) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions.get(i)) {
            if (!out.contains(m.companyId())) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    void addOwnership(String a, String b) {
        if (!a.equals(b)) {
            ownership.add(key(a, b));
        }
    }

    /**
     * Whether two firms are one group (a parent and its unit, a venture and a parent, firms whose
     * names contain each other), from the dictionary's parent links and from the article's words.
     */
    public boolean sameGroup(String a, String b) {
        if (a.equals(b) || ownership.contains(key(a, b))) {
            return true;
        }
        return groupCache.computeIfAbsent(key(a, b),
                k -> ancestorOf(a, b) || ancestorOf(b, a) || nameContains(a, b) || nameContains(b, a));
    }

    private final java.util.Map<String, Boolean> groupCache = new java.util.HashMap<>();

    private boolean ancestorOf(String parent, String child) {
        Company c = lookup.apply(child);
        for (int depth = 0; c != null && c.parent() != null && depth < 5; depth++) {
            if (c.parent().equals(parent)) {
                // a fund's portfolio company is no part of one group with it: PIF invests in Lucid
                Company p = lookup.apply(parent);
                return p == null || p.kind() != evradar.extract.CompanyKind.INVESTOR;
            }
            c = lookup.apply(c.parent());
        }
        return false;
    }

    /** "Sony Honda Mobility" contains "Sony": the firm is a unit or venture of the other. */
    private boolean nameContains(String whole, String part) {
        Company w = lookup.apply(whole);
        Company p = lookup.apply(part);
        if (w == null || p == null) {
            return false;
        }
        for (String form : p.surfaceForms()) {
            if (form.length() < 3) {
                continue;
            }
            String padded = " " + w.name() + " ";
            if (padded.contains(" " + form + " ") && !w.name().equals(form) && !onlyDesignatorsBeside(w.name(), form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mitsubishi Corporation" beside "Mitsubishi (Motors)", "LG Electronics" beside "LG": a shared
     * family name plus a designator marks sister firms, not a parent and its unit (those are
     * "Sony Honda Mobility", "Xiaomi EV": the rest of the name says more).
     */
    private static boolean onlyDesignatorsBeside(String whole, String form) {
        String rest = (" " + whole + " ").replace(" " + form + " ", " ").strip();
        if (rest.isEmpty()) {
            return false;
        }
        for (String word : rest.split(" ")) {
            if (!evradar.extract.text.Lexicon.isCorporateDesignator(word)) {
                return false;
            }
        }
        return true;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
