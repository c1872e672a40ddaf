package evradar.extract.names;

import evradar.extract.cues.VehicleWords;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises, over a whole article, a firm the dictionary does not know and whose one-word name
 * carries no designator ("Veltra said on Wednesday ...", "Veltra's chief executive ...", "Veltra has
 * halted ..."): a capitalised word that is no English word, no given name, place, month or honorific,
 * that the article repeats at least three times, that is at least once the subject of a verb of
 * corporate speech or action or the possessor of a firm's noun ("Veltra's shares"), and that is never
 * read as something else — part of a person's name ("Ingrid Solheim", "Mr Solheim", "Lei Jun",
 * "chief executive Seo"), a place or product after a preposition or article ("in Flins", "the Solterra").
 */
final class RecurringNameFinder {

    private static final int MIN_OCCURRENCES = 3;

    private static final Set<String> VERBS = Set.of("said", "says", "told", "denied", "denies", "confirmed",
            "confirms", "announced", "announces", "declined", "declines", "added", "reported", "reports",
            "unveiled", "unveils", "launched", "launches", "plans", "planned", "intends", "expects", "shelves",
            "shelved", "halted", "signed", "signs", "hired", "registered", "opened", "posted", "agreed",
            // what firms do with goods and money: "Marrowind began deliveries", "Marrowind sold 75,000 sedans"
            "sells", "sold", "delivered", "delivers", "makes", "builds", "employs", "raised", "raises", "filed",
            "earns", "earned", "acquired", "invested", "invests", "exports", "ships", "shipped", "manufactures",
            "began", "begins", "started", "starts",
            // what a maker does with its products in tech coverage: "Quillon handed over the first cars"
            "handed", "hands", "shows", "showed", "revealed", "reveals", "teased", "teases", "previewed", "priced",
            "demoed", "ended", "ends", "swapped", "opens", "spent", "spends",
            // after an auxiliary, a modal or a negation: "Kordell will not make cars", "Nuvio is not building a
            // car", "Veltra will also sell", "Kordell rules out cars"
            "make", "build", "sell", "deliver", "launch", "invest", "enter", "develop", "building", "developing",
            "making", "selling", "preparing", "planning", "rules", "ruled");

    private static final Set<String> FIRM_NOUNS = Set.of("chief", "shares", "share", "car", "cars", "unit", "board",
            "founder", "spokesman", "spokeswoman", "spokesperson", "statement", "plant", "factory", "executive",
            "executives", "ceo", "stake", "model", "models", "sedan", "suv", "phones", "phone", "products",
            "brand", "customers", "revenue", "profit", "sales", "employees", "headquarters");

    /** What a firm owns: its officers, shares and sites, its products, any vehicle or EV. */
    private static boolean firmNoun(String l) {
        return FIRM_NOUNS.contains(l) || VehicleWords.isVehicle(l) || l.equals("ev") || l.equals("evs")
                || l.equals("prototype") || l.equals("prototypes");
    }

    /** Words before a place, a product or a common noun, never before a firm's bare name in this use. */
    private static final Set<String> NOT_BEFORE_A_FIRM = Set.of("in", "at", "near", "to", "the", "a", "an",
            "outside", "into");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Nouns and verbs of holding that take "in" before a firm: "shares in", "a stake in", "invested in". */
    private static final Set<String> HOLDINGS = Set.of("shares", "stake", "stakes", "holding", "holdings",
            "investment", "investments", "interest", "invested", "invests", "investing", "invest");

    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "will", "would", "also", "then",
            "later", "already", "never", "is", "was", "could", "may", "might", "not", "isn't", "won't", "doesn't",
            "does", "now");

    /** Particles inside personal names: "de Vries", "van Dijk", "bin Salman". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "da", "di", "al", "del", "der", "le",
            "la", "bin");

    private RecurringNameFinder() {
    }

    /** New spans per sentence for such names, outside every span already found. */
    static List<List<NameSpan>> find(List<Sentence> sentences, List<List<NameSpan>> found) {
        Map<String, Integer> count = new HashMap<>();
        Set<String> acts = new HashSet<>();
        Set<String> organisation = new HashSet<>();
        Set<String> other = new HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).text();
                if (!candidate(w) || covered(found.get(si), i)) {
                    continue;
                }
                count.merge(w, 1, Integer::sum);
                String next = i + 1 < s.size() ? s.lower(i + 1) : "";
                boolean possessive = s.token(Math.min(i + 1, s.size() - 1)).isPossessive() && i + 2 < s.size();
                // "Marrowind, which still earns ...": a relative "which" is for things, "who" for people
                boolean which = next.equals(",") && i + 2 < s.size() && s.lower(i + 2).equals("which");
                boolean ownsFirmNoun = possessive && (firmNoun(s.lower(i + 2))
                        || i + 3 < s.size() && s.token(i + 2).isWord() && !s.token(i + 2).isCapitalised()
                        && firmNoun(s.lower(i + 3))); // "Marrowind's second model", "Quorra's first EV"
                // "Shenzhen-based Orrevo": a place of business, as said of organisations
                boolean based = i >= 3 && s.lower(i - 1).equals("based") && s.lower(i - 2).equals("-")
                        && Lexicon.isPlace(s.token(i - 3).text());
                // "Veltra has delivered", "Veltra will also sell": the verb after an auxiliary or adverb
                boolean acted = VERBS.contains(next) || actsAfterAuxiliary(s, i + 1);
                if (acted || ownsFirmNoun || which || based) {
                    acts.add(w);
                }
                if (based) {
                    organisation.add(w);
                }
                if (VERBS.contains(next) && i + 2 < s.size() && (s.lower(i + 2).equals("it") || s.lower(i + 2).equals("its"))
                        || possessive && Lexicon.isGivenName(s.token(i + 2).text())) {
                    // "Norvane said it would build cars", "Norvane's Ingrid Solheim": an organisation, which
                    // refers to itself as "it" and employs people
                    organisation.add(w);
                }
                if (readAsSomethingElse(s, i)) {
                    other.add(w);
                }
            }
        }
        List<List<NameSpan>> out = new ArrayList<>(sentences.size());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<NameSpan> spans = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).text();
                int needed = organisation.contains(w) ? MIN_OCCURRENCES - 1 : MIN_OCCURRENCES;
                if (acts.contains(w) && !other.contains(w) && count.get(w) >= needed && !covered(found.get(si), i)) {
                    spans.add(new NameSpan(i, i + 1, Slugs.of(w), w, NameSpan.Type.COMPANY, NameSpan.Source.DESCRIBED,
                            w, false));
                }
            }
            out.add(spans);
        }
        return out;
    }

    /** A capitalised word of lower-case letters (digits allowed after them) that names nothing ordinary. */
    private static boolean candidate(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (!Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        if (!Character.isLowerCase(w.charAt(1))) {
            return false;
        }
        String l = w.toLowerCase(Locale.ROOT);
        return !Lexicon.isEnglishWord(l) && !Lexicon.isGivenName(w) && !Lexicon.isPlace(w) && !Lexicon.isCalendarWord(w)
                && !Lexicon.isHonorific(l) && !Lexicon.isCorporateDesignator(w) && !Lexicon.isPublicSectorWord(w);
    }

    /** "has delivered", "has flatly denied", "will also sell": auxiliaries and adverbs, then a verb of the list. */
    private static boolean actsAfterAuxiliary(Sentence s, int k) {
        int j = k;
        while (j < s.size() && j < k + 3 && (AUXILIARIES.contains(s.lower(j)) || j > k && s.lower(j).endsWith("ly"))) {
            j++;
        }
        return j > k && j < s.size() && VERBS.contains(s.lower(j));
    }

    private static boolean readAsSomethingElse(Sentence s, int i) {
        String prev = i > 0 ? s.token(i - 1).text() : "";
        String prevLower = prev.toLowerCase(Locale.ROOT);
        // "according to Veltra": the source of a claim, not a place one goes to
        boolean source = prevLower.equals("to") && i >= 2 && s.lower(i - 2).equals("according");
        // "Shares in Corvane", "a stake in Veltra": what one holds in a firm, not a place one is in
        boolean held = prevLower.equals("in") && i >= 2 && HOLDINGS.contains(s.lower(i - 2));
        // "engineers in Orvella's software unit", "at Veltra's plant": a preposition governs the owned noun, and
        // the name before it is its owner; after an article the name is the product's ("the Solterra's battery")
        boolean owner = i + 1 < s.size() && s.token(i + 1).isPossessive() && !ARTICLES.contains(prevLower);
        // "assemble the Nuvio sedan": a car named after its maker, as firms' cars are, says nothing against a firm
        boolean makersCar = ARTICLES.contains(prevLower) && i + 1 < s.size() && VehicleWords.isVehicle(s.lower(i + 1));
        if (Lexicon.isGivenName(prev) || Lexicon.isHonorific(prevLower) || NAME_PARTICLES.contains(prevLower)
                || NOT_BEFORE_A_FIRM.contains(prevLower) && !source && !held && !owner && !makersCar
                || Lexicon.isOfficerRole(prevLower)) {
            // "chief executive Seo Min-jae": a person's name after the role
            return true;
        }
        // the second word of a longer name: "Ingrid Solheim", "IG Metall"; not after a sentence's first
        // word when that is an ordinary one ("Then Veltra said")
        boolean sentenceStartBefore = i - 1 == 0 || i >= 2 && !s.token(i - 2).isWord();
        if (i > 0 && s.token(i - 1).isWord() && s.token(i - 1).isCapitalised()
                && !(sentenceStartBefore && Lexicon.isEnglishWord(prevLower))) {
            return true;
        }
        String next = i + 1 < s.size() ? s.token(i + 1).text() : "";
        return nameLike(next) && !VERBS.contains(next.toLowerCase(Locale.ROOT));
    }

    private static boolean nameLike(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                && !Lexicon.isEnglishWord(w.toLowerCase(Locale.ROOT)) && !Lexicon.isCorporateDesignator(w);
    }

    private static boolean covered(List<NameSpan> spans, int i) {
        for (NameSpan n : spans) {
            if (n.start() <= i && i < n.end()) {
                return true;
            }
        }
        return false;
    }
}
