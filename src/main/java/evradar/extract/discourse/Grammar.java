package evradar.extract.discourse;

import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.Set;

/**
 * The few facts of English grammar the rules need, read off tokens: prepositions, clause
 * boundaries, relative pronouns, modifiers that may sit between a preposition and a name
 * ("in China's Leapmotor", "of Chinese electric-vehicle startup Leapmotor").
 */
public final class Grammar {

    public static final Set<String> PREPOSITIONS = Set.of(
            "in", "into", "with", "for", "of", "from", "to", "by", "at", "on", "about", "against", "than", "like",
            "including", "between", "among", "over", "under", "as", "via", "toward", "towards", "behind", "after",
            "before", "without", "across", "unlike", "alongside", "versus", "vs", "per", "through", "within", "beyond",
            "around", "near", "beside", "inside", "outside", "onto", "upon", "despite", "amid", "during", "throughout");

    /** Number words that count the noun after them ("two Nvidia chips"). */
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "eight");

    /** Words that may stand between a preposition (or a verb) and the name it governs. */
    static final Set<String> NP_MODIFIERS = java.util.stream.Stream.concat(Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "fellow", "rival", "rivals", "partner", "partners",
            "affiliate", "sister", "compatriot", "domestic", "local", "foreign", "global", "major", "large", "big",
            "bigger", "biggest", "largest", "young", "new", "struggling", "loss-making", "troubled", "premium",
            "luxury", "state-owned", "electric", "vehicle", "car", "ev", "battery", "startup", "start", "up",
            "automaker", "carmaker", "maker", "company", "firm", "group", "giant", "manufacturer", "supplier",
            "brand", "electronics", "technology", "tech", "smartphone", "phone", "internet", "search", "engine",
            "chip", "chipmaker", "contract", "-", "'s", "’s", "u.s", "u.s.", "u.k.", ".", "truck",
            "electric-vehicle", "van", "pickup",
            "food", "delivery", "e-commerce", "online", "carmaking", "auto", "automotive", "motor", "maker's",
            "such", "other", "others", "and", "both", "mainly", "mostly", "partly", "even", "also", "only", "just",
            "former", "ex", "parts", "components", "software", "sports-car", "sportscar", "appliance", "design", "house",
            "trading", "investment", "energy", "utility", "mining", "steel", "cell", "semiconductor", "engineering")
            // numbers that count the thing named: "runs on two Nvidia chips"
            .stream(), NUMBER_WORDS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A number word that counts the noun after it ("two Nvidia chips"). */
    public static boolean isNumberWord(String lower) {
        return NUMBER_WORDS.contains(lower);
    }

    /** The modifiers above, for callers outside the package. */
    public static final Set<String> NP_MODIFIER_WORDS = NP_MODIFIERS;

    private Grammar() {
    }

    /** A double quotation mark, straight or curly, at token {@code k}. */
    public static boolean quoteMark(Sentence s, int k) {
        String l = s.lower(k);
        return l.equals("\"") || l.equals("\u201c") || l.equals("\u201d");
    }

    public static boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    /**
     * Whether the phrase starting at token {@code start} is governed by a preposition, looking back
     * over modifiers, demonyms and possessives ("of Chinese electric-vehicle startup Leapmotor").
     */
    public static boolean governedByPreposition(Sentence s, int start) {
        return governedByPreposition(s, start, -1);
    }

    /**
     * "For Roam, the bigger problem is money", "As for Foo, ...": a name fronted before the comma as what
     * the sentence is about. It is governed by a preposition, yet a later "the company" refers to it.
     */
    static boolean frontedTopic(Sentence s, int start, int end) {
        boolean opener = start == 1 && s.lower(0).equals("for")
                || start == 2 && s.lower(1).equals("for") && s.lower(0).equals("as");
        return opener && end < s.size() && s.lower(end).equals(",");
    }

    private static final Set<String> CONJUNCTION_TOO = Set.of("after", "before", "since", "until", "as");

    /**
     * As above; with the phrase's end known, "after"/"before"/"as" followed by a name and a verb
     * are conjunctions ("after Amazon led a funding round"), not prepositions.
     */
    public static boolean governedByPreposition(Sentence s, int start, int end) {
        int k = start - 1;
        int steps = 0;
        boolean conjunct = false;
        while (k >= 0 && steps < 8) {
            Token t = s.token(k);
            String l = t.lower();
            if ((l.equals("and") || l.equals("or")) && !conjunct && end >= 0 && end < s.size()
                    && !startsPredicate(s, afterConjuncts(s, end))) {
                // "compete with Tata Motors' Nexon EV and Mahindra's XUV400": the second conjunct shares the
                // preposition of the first, unless a verb follows and makes it a clause's subject
                conjunct = true;
                k--;
                steps++;
                continue;
            }
            if (isPreposition(l)) {
                if (CONJUNCTION_TOO.contains(l) && end >= 0 && end < s.size() && (startsPredicate(s, afterConjuncts(s, end))
                        || predicateAfterApposition(s, end))) {
                    return false;
                }
                return !l.equals("to") || !isInfinitive(s, k);
            }
            boolean skippable = NP_MODIFIERS.contains(l) || Lexicon.countryOf(t.text()) != null
                    || t.isPossessive() || l.equals("'") && k > 0 || Lexicon.isPlace(t.text())
                    || (t.isCapitalised() && k + 1 < s.size() && s.token(k + 1).isPossessive())
                    || conjunct && t.isCapitalised();
            if (!skippable) {
                return false;
            }
            k--;
            steps++;
        }
        return false;
    }

    /**
     * The first token after a coordination of names starting at {@code i} ("and Fisker both ..."):
     * "after Lordstown and Fisker sought bankruptcy" is a clause whose subject is the pair.
     */
    private static int afterConjuncts(Sentence s, int i) {
        int k = i;
        for (int guard = 0; guard < 6 && k + 1 < s.size(); guard++) {
            String l = s.lower(k);
            if (!(l.equals("and") || l.equals(",")) || !s.token(k + 1).isCapitalised()) {
                break;
            }
            k++;
            while (k < s.size() && s.token(k).isWord() && s.token(k).isCapitalised()) {
                k++;
            }
        }
        while (k < s.size() && (s.lower(k).equals("both") || s.lower(k).equals("all") || s.lower(k).equals("each"))) {
            k++;
        }
        return Math.min(k, s.size() - 1);
    }

    /**
     * Tokens [from, to) are a place and its possessive: "China's", "South Korea's". A conjunct so
     * qualified ("Ford, Koç and South Korea's SK On") still belongs to its list.
     */
    public static boolean placePossessive(Sentence s, int from, int to) {
        if (to - from < 2 || to - from > 4 || !s.token(to - 1).isPossessive()) {
            return false;
        }
        StringBuilder place = new StringBuilder();
        for (int k = from; k < to - 1; k++) {
            if (!s.token(k).isWord() || !s.token(k).isCapitalised()) {
                return false;
            }
            place.append(k > from ? " " : "").append(s.token(k).text());
        }
        return Lexicon.isPlace(place.toString());
    }

    /**
     * "after Dyson, Pellworth's much larger rival, gave up on its car": an apposition between commas and
     * then a verb; the name is the subject of a clause the conjunction opens.
     */
    private static boolean predicateAfterApposition(Sentence s, int end) {
        if (!s.lower(end).equals(",")) {
            return false;
        }
        for (int k = end + 1; k < s.size() - 1 && k <= end + 12; k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(":") || l.equals("and") || l.equals("or")) {
                return false;
            }
            if (l.equals(",")) {
                String next = s.lower(k + 1);
                return k > end + 1 && startsPredicate(s, k + 1) && !next.equals("the") && !next.equals("a")
                        && !next.equals("an") && !next.equals("its") && !next.equals("their") && !next.equals("which")
                        && !next.equals("who") && !next.endsWith("ing");
            }
        }
        return false;
    }

    /** A lowercase word that is not a preposition or conjunction: likely the verb of a clause. */
    private static boolean startsPredicate(Sentence s, int i) {
        Token t = s.token(i);
        String l = t.lower();
        if (t.isPossessive() && i + 1 < s.size()) {
            return false;
        }
        return t.isWord() && !t.isCapitalised() && !isPreposition(l) && !l.equals("and") && !l.equals("or")
                && !l.equals("'s");
    }

    private static boolean isInfinitive(Sentence s, int toIndex) {
        return toIndex + 1 < s.size() && !s.token(toIndex + 1).isCapitalised() && !s.lower(toIndex + 1).equals("the")
                && !s.lower(toIndex + 1).equals("a");
    }

    /** Tokens that end a clause for the purpose of finding a verb's subject. */
    public static boolean isClauseBoundary(Sentence s, int i) {
        String l = s.lower(i);
        if (l.equals(";") || l.equals(":") || l.equals("—") || l.equals("–")) {
            return true;
        }
        if (l.equals("but") || l.equals("while") || l.equals("whereas") || l.equals("although") || l.equals("though")
                || l.equals("because") || l.equals("after") && i + 1 < s.size() && !s.token(i + 1).isCapitalised()) {
            return true;
        }
        return false;
    }

    /**
     * A causative "make" at {@code i}: make + object + an object complement headed by one of the
     * role nouns ("making it a strategic shareholder", "makes the EV maker a partner"). Returns the
     * index of the role noun (a determiner must come after the verb, before it; no clause punctuation
     * between), or -1. Such a "make" makes someone something, never cars.
     */
    public static int causativeComplement(Sentence s, int i, int limit, Set<String> roles) {
        String w = s.lower(i);
        if (!(w.equals("make") || w.equals("makes") || w.equals("making") || w.equals("made"))) {
            return -1;
        }
        boolean determiner = false;
        for (int k = i + 2; k < Math.min(limit, s.size()) && k <= i + 9; k++) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || l.equals(".")) {
                return -1;
            }
            determiner |= l.equals("a") || l.equals("an") || l.equals("the") || l.equals("its");
            if (roles.contains(l) && determiner) {
                return k; // not "makes the Californian EV maker a shareholder" at "maker": the object's own head
            }
        }
        return -1;
    }

    public static boolean isRelativePronoun(String lower) {
        return lower.equals("which") || lower.equals("whose") || lower.equals("who");
    }

    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "was", "are", "were", "be", "been",
            "become", "became", "becomes", "remain", "remains", "remained");

    /** A linking verb: "is", "became", "remains" (what follows is predicated of the subject). */
    public static boolean isCopula(String lower) {
        return COPULAS.contains(lower);
    }

    public static boolean isNegation(String lower) {
        return lower.equals("not") || lower.equals("no") || lower.equals("never") || lower.endsWith("n't")
                || lower.endsWith("n’t") || lower.equals("nor") || lower.equals("neither") || lower.equals("without")
                || lower.equals("cannot");
    }
}
