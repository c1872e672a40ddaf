package evradar.extract.relations;

import evradar.avro.PartnershipType;
import evradar.extract.CompanyHit;
import evradar.extract.CompanyKind;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import evradar.extract.SignalHit;
import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Mention;
import evradar.extract.text.Sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration of two firms that the rules found in one article but did not tie: how close
 * their mentions are, what words stand near them, what kinds of firm they are and how central each
 * is to the story. {@link TieModel} weighs these to infer the ties that a story implies across its
 * sentences ("Nio has picked its battery supplier. CATL will ship cells from 2024") but that no
 * single clause states in a form the rules read.
 *
 * <p>Every feature is a property a reader uses: a pair named in one sentence, or in neighbouring
 * ones, near a word of agreement, supply or money, is more likely tied; an observer (a news agency,
 * an analyst), a firm of the same kind (a rival) or a firm of the same group is less so; the more
 * firms a story names, the less any two of them are tied.
 */
public final class TieFeatures {

    /**
     * Word stems whose presence beside the pair is a feature: a stem of three letters or fewer must
     * be the whole word, a longer one starts the word ("partner" in "partnered", "suppl" in
     * "supplier"). Relation words, contrast words (rivals, comparisons) and reporting words.
     */
    static final List<String> CUE_STEMS = List.of("partner", "deal", "agree", "collaborat", "team", "joint",
            "venture", "stake", "invest", "suppl", "contract", "manufactur", "build", "built", "allian", "talks",
            "negotiat", "tie", "cooperat", "memorand", "together", "with", "acquir", "buy", "bought", "fund", "back",
            "develop", "licens", "platform", "chip", "batter", "order", "customer", "rival", "compet", "than",
            "like", "including", "such", "between", "both", "jointly", "work", "sign", "plan", "report", "said",
            "analyst", "share", "sales", "market", "and", "or", "vs", "versus");

    /** The most firms in one article for which pairs are weighed: past this the story is a list, not a tie. */
    static final int MAX_FIRMS = 40;

    private static final Set<CompanyKind> COMPONENT_MAKERS = EnumSet.of(CompanyKind.SEMICONDUCTOR,
            CompanyKind.BATTERY, CompanyKind.SUPPLIER);

    /** Two firms the rules did not tie, with their features, a type read from the words and kinds, and evidence. */
    public record Candidate(String a, String b, Map<String, Double> features, PartnershipType type, String evidence) {
    }

    private TieFeatures() {
    }

    /**
     * Every pair of the article's firms that the rules did not tie and that no sentence naming both
     * says are not tied.
     *
     * @param rules what the rules extracted from the article: its firms with their mention counts, the
     *              ties (the pairs to skip, and each firm's degree) and the firms given an EV signal
     */
    public static List<Candidate> candidates(Discourse d, Extraction rules) {
        List<String> ids = new ArrayList<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (CompanyHit c : rules.companies()) {
            ids.add(c.id());
            mentions.put(c.id(), c.mentions());
        }
        if (ids.size() < 2 || ids.size() > MAX_FIRMS) {
            return List.of();
        }
        ids.sort(null);
        Set<String> tied = new HashSet<>();
        Map<String, Integer> degree = new HashMap<>();
        for (PartnershipHit h : rules.partnerships()) {
            tied.add(h.a() + '|' + h.b());
            degree.merge(h.a(), 1, Integer::sum);
            degree.merge(h.b(), 1, Integer::sum);
        }
        Set<String> signalled = new HashSet<>();
        for (SignalHit h : rules.signals()) {
            signalled.add(h.companyId());
        }
        Map<String, Firm> firms = firms(d, mentions);
        List<Integer> counts = new ArrayList<>();
        for (Firm f : firms.values()) {
            counts.add(f.mentions);
        }
        counts.sort(java.util.Comparator.reverseOrder());
        List<Set<String>> cues = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            cues.add(cuesIn(s));
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (tied.contains(a + '|' + b)) {
                    continue;
                }
                Candidate c = candidate(d, firms.get(a), firms.get(b), counts, degree, signalled, cues);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Per firm: the sentences that mention it, the ones that name it, its mention count. */
    private static final class Firm {
        final String id;
        final CompanyKind kind;
        final int mentions;
        final TreeSet<Integer> sentences = new TreeSet<>();
        final Set<Integer> named = new HashSet<>();

        Firm(String id, CompanyKind kind, int mentions) {
            this.id = id;
            this.kind = kind;
            this.mentions = mentions;
        }

        int first() {
            return sentences.isEmpty() ? Integer.MAX_VALUE : sentences.first();
        }
    }

    private static Map<String, Firm> firms(Discourse d, Map<String, Integer> mentions) {
        Map<String, Firm> firms = new LinkedHashMap<>();
        mentions.forEach((id, n) -> firms.put(id, new Firm(id, d.company(id).map(c -> c.kind()).orElse(CompanyKind.OTHER), n)));
        for (int si = 0; si < d.sentences().size(); si++) {
            for (Mention m : d.mentions(si)) {
                Firm f = firms.get(m.companyId());
                if (f != null) {
                    f.sentences.add(si);
                    if (m.isNamed()) {
                        f.named.add(si);
                    }
                }
            }
        }
        return firms;
    }

    private static Candidate candidate(Discourse d, Firm fa, Firm fb, List<Integer> counts, Map<String, Integer> degree,
                                       Set<String> signalled, List<Set<String>> cues) {
        Map<String, Double> f = new LinkedHashMap<>();
        put(f, "bias", true);
        Set<Integer> shared = new TreeSet<>(fa.sentences);
        shared.retainAll(fb.sentences);
        int sharedNamed = 0;
        for (int s : fa.named) {
            if (fb.named.contains(s)) {
                sharedNamed++;
            }
        }
        put(f, "shared1", shared.size() >= 1);
        put(f, "shared2", shared.size() >= 2);
        put(f, "sharedNamed1", sharedNamed >= 1);
        int minDist = Integer.MAX_VALUE;
        int nearA = -1;
        int nearB = -1;
        for (int p : fa.sentences) {
            Integer q = closest(fb.sentences, p);
            if (q != null && Math.abs(p - q) < minDist) {
                minDist = Math.abs(p - q);
                nearA = p;
                nearB = q;
            }
        }
        put(f, "dist1", minDist == 1);
        put(f, "dist2", minDist == 2);
        put(f, "distFar", minDist >= 3);
        f.put("logFirms", Math.log(counts.size()));
        f.put("logFewer", Math.log(1 + Math.min(fa.mentions, fb.mentions)));
        f.put("logMore", Math.log(1 + Math.max(fa.mentions, fb.mentions)));
        int rankA = counts.indexOf(fa.mentions);
        int rankB = counts.indexOf(fb.mentions);
        put(f, "top", Math.min(rankA, rankB) == 0);
        put(f, "bothTop2", Math.max(rankA, rankB) <= 1);
        boolean titleA = inTitle(d, fa);
        boolean titleB = inTitle(d, fb);
        put(f, "title1", titleA || titleB);
        put(f, "title2", titleA && titleB);
        put(f, "kind_" + fa.kind, true);
        put(f, "kind_" + fb.kind, true);
        put(f, "sameKind", fa.kind == fb.kind);
        int degA = degree.getOrDefault(fa.id, 0);
        int degB = degree.getOrDefault(fb.id, 0);
        put(f, "deg1", degA > 0 || degB > 0);
        put(f, "deg2", degA > 0 && degB > 0);
        boolean sigA = signalled.contains(fa.id);
        boolean sigB = signalled.contains(fb.id);
        put(f, "sig1", sigA || sigB);
        put(f, "sig2", sigA && sigB);
        put(f, "sameGroup", d.sameGroup(fa.id, fb.id));
        int minGap = Integer.MAX_VALUE;
        boolean coordinated = false;
        Set<String> sharedCues = new TreeSet<>();
        for (int s : shared) {
            if (cues.get(s).contains(NEGATED)) {
                return null; // the text says they are not tied: nothing to infer
            }
            sharedCues.addAll(cues.get(s));
            Sentence sentence = d.sentence(s);
            for (Mention ma : d.mentions(s)) {
                if (!ma.companyId().equals(fa.id)) {
                    continue;
                }
                for (Mention mb : d.mentions(s)) {
                    if (!mb.companyId().equals(fb.id)) {
                        continue;
                    }
                    int lo = Math.min(ma.end(), mb.end());
                    int hi = Math.max(ma.start(), mb.start());
                    minGap = Math.min(minGap, Math.max(0, hi - lo));
                    if (hi - lo == 1 && (sentence.lower(lo).equals("and") || sentence.lower(lo).equals(","))) {
                        coordinated = true;
                    }
                }
            }
        }
        put(f, "coord", coordinated);
        put(f, "tokNear", minGap <= 3);
        put(f, "tokMid", minGap > 3 && minGap <= 10);
        Set<String> nearCues = new TreeSet<>();
        for (int p : fa.sentences) {
            for (int q : new int[] {p - 1, p + 1}) {
                if (fb.sentences.contains(q)) {
                    nearCues.addAll(cues.get(p));
                    nearCues.addAll(cues.get(q));
                }
            }
        }
        nearCues.remove(NEGATED);
        for (String c : sharedCues) {
            put(f, "cs_" + c, true);
        }
        for (String c : nearCues) {
            put(f, "cn_" + c, true);
        }
        put(f, "early", Math.min(fa.first(), fb.first()) <= 2);
        put(f, "bothEarly", Math.max(fa.first(), fb.first()) <= 3);
        Set<String> words = new HashSet<>(sharedCues);
        words.addAll(nearCues);
        String evidence = nearA < 0 ? "" : nearA == nearB ? d.sentence(nearA).text()
                : d.sentence(Math.min(nearA, nearB)).text() + " " + d.sentence(Math.max(nearA, nearB)).text();
        Set<PartnershipType> stated = EnumSet.noneOf(PartnershipType.class);
        for (String c : sharedCues) {
            if (c.startsWith("rw:")) {
                stated.add(PartnershipType.valueOf(c.substring(3)));
            }
        }
        return new Candidate(fa.id, fb.id, f, type(stated, fa.kind, fb.kind, words), evidence);
    }

    /** Relation-word types in the order that types a tie, after an end: talks, then the most binding. */
    private static final List<PartnershipType> BY_STRENGTH = List.of(PartnershipType.IN_TALKS,
            PartnershipType.JOINT_VENTURE, PartnershipType.INVESTMENT, PartnershipType.MANUFACTURING,
            PartnershipType.SUPPLY, PartnershipType.PARTNERSHIP);

    /**
     * The tie a pair most likely has. A relation word in a sentence that names both says it, typed as
     * the co-occurrence pass types one ({@link CooccurrenceTies}): an end beside another tie word is
     * ENDED, talks are IN_TALKS, else the most binding word wins. Failing that, the firms' kinds and the
     * words near the pair: money from an investor or beside a stake; a venture; parts from a component
     * maker or beside a supply word; contract building; talks; else a plain partnership.
     *
     * @param stated the relation-word types of the sentences that name both firms
     */
    static PartnershipType type(Set<PartnershipType> stated, CompanyKind a, CompanyKind b, Set<String> words) {
        if (stated.contains(PartnershipType.ENDED) && stated.size() > 1) {
            return PartnershipType.ENDED;
        }
        for (PartnershipType t : BY_STRENGTH) {
            if (stated.contains(t)) {
                return t;
            }
        }
        Set<CompanyKind> kinds = EnumSet.of(a, b);
        if (kinds.contains(CompanyKind.INVESTOR) || kinds.contains(CompanyKind.FINANCE)
                || words.contains("stake") || words.contains("invest") || words.contains("fund")) {
            return PartnershipType.INVESTMENT;
        }
        if (words.contains("joint") || words.contains("venture")) {
            return PartnershipType.JOINT_VENTURE;
        }
        if (kinds.stream().anyMatch(COMPONENT_MAKERS::contains) || words.contains("suppl")
                || words.contains("customer") || words.contains("order") || words.contains("chip")
                || words.contains("batter")) {
            return PartnershipType.SUPPLY;
        }
        if (kinds.contains(CompanyKind.CONTRACT_MANUFACTURER)) {
            return PartnershipType.MANUFACTURING;
        }
        if (words.contains("talks") || words.contains("negotiat")) {
            return PartnershipType.IN_TALKS;
        }
        return PartnershipType.PARTNERSHIP;
    }

    private static boolean inTitle(Discourse d, Firm f) {
        return !f.sentences.isEmpty() && d.sentence(f.first()).title();
    }

    private static Integer closest(TreeSet<Integer> set, int p) {
        Integer lo = set.floor(p);
        Integer hi = set.ceiling(p);
        if (lo == null) {
            return hi;
        }
        if (hi == null) {
            return lo;
        }
        return p - lo <= hi - p ? lo : hi;
    }

    private static void put(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }

    /** Marks a sentence that negates a tie ({@link CooccurrenceTies#negatesTie}); not a feature. */
    private static final String NEGATED = "!negated";

    /** The cue stems that begin a word of the sentence, the types of its relation words, and {@link #NEGATED}. */
    static Set<String> cuesIn(Sentence s) {
        Set<String> out = new HashSet<>();
        if (CooccurrenceTies.negatesTie(s)) {
            out.add(NEGATED);
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            PartnershipType relation = CooccurrenceTies.relationWord(w);
            if (relation != null) {
                out.add("rw:" + relation);
            }
            for (String c : CUE_STEMS) {
                if (c.length() <= 3 ? w.equals(c) || (c.equals("tie") && w.startsWith(c)) : w.startsWith(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
