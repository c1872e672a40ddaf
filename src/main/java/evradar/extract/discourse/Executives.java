package evradar.extract.discourse;

import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People introduced as a firm's officers ("Lumora's chairman Gao Lin", "chief executive Lee Soo-min"
 * in a sentence about one firm, "Marit Jansen, chief executive of Solvane") speak and act for it: a
 * later bare surname ("Gao said 140 pre-production cars were on test roads") refers to the firm as a
 * pronoun would. Both ends of the name are kept, since Chinese and Korean names put the family name
 * first; given names, ordinary words, places and the firm's own names are never keys.
 */
final class Executives {

    private static final Set<String> ROLE_MODIFIERS = Set.of("chief", "vice", "managing", "financial", "technology",
            "operating", "and", "co", "-", "deputy", "group", "global");

    /** Name word -> firm id, with the sentence and token where the person was introduced. */
    private record Officer(String firm, int sentence, int token) {
    }

    private final Map<String, Officer> byName = new HashMap<>();

    /** The firm a bare name at token i of sentence si stands for, if the person was introduced before it. */
    Optional<String> firmOf(Sentence s, int si, int i) {
        if (!s.token(i).isWord() || !s.token(i).isCapitalised()) {
            return Optional.empty();
        }
        Officer o = byName.get(s.token(i).text());
        if (o == null || o.sentence() == si && o.token() >= i - 3
                || i > 0 && s.token(i - 1).isCapitalised() && s.token(i - 1).isWord()
                || i + 1 < s.size() && s.token(i + 1).isCapitalised() && s.token(i + 1).isWord()) {
            return Optional.empty(); // the introduction itself, or part of a longer name
        }
        return Optional.of(o.firm());
    }

    /** Learns the officers introduced in sentence si, whose firm mentions are already resolved. */
    void learn(Sentence s, int si, List<Mention> mentions) {
        for (int r = 0; r < s.size(); r++) {
            if (!Lexicon.isOfficerRole(s.lower(r)) || s.token(r).isCapitalised() && r > 0) {
                continue; // not a title in a name ("President Joe Biden", a Title Case headline)
            }
            int a = r + 1;
            while (a < s.size() && ROLE_MODIFIERS.contains(s.lower(a)) || a < s.size() && Lexicon.isOfficerRole(s.lower(a))) {
                a++;
            }
            int b = a;
            while (b < s.size() && b < a + 3 && s.token(b).isWord() && s.token(b).isCapitalised() && !named(mentions, b)) {
                b++;
            }
            if (b - a < 2 || b < s.size() && s.token(b).isPossessive()) {
                continue; // a person's name has two words at least: "chairman Gao Lin"
            }
            String firm = employer(s, r, mentions);
            if (firm == null && b < s.size() && SPEECH.contains(s.lower(b))) {
                firm = taggedSubject(s, r, mentions);
            }
            if (firm == null) {
                continue;
            }
            register(s.token(a).text(), firm, si, a);
            register(s.token(b - 1).text(), firm, si, a);
        }
    }

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "explained");

    /**
     * "Lumora has pushed back its first car and picked Norvik Cells as supplier, chairman Gao Lin said": in
     * a trailing speech tag the officer speaks for the sentence's subject, its first name.
     */
    private static String taggedSubject(Sentence s, int r, List<Mention> mentions) {
        int first = roleStart(s, r);
        if (first == 0 || !s.lower(first - 1).equals(",")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && m.isSubjectLike() && m.start() <= 2) {
                return m.companyId();
            }
        }
        return null;
    }

    /** The first word of the role phrase ending at r: "chief executive", "co - founder and chief executive". */
    private static int roleStart(Sentence s, int r) {
        int first = r;
        while (first > 0 && ROLE_MODIFIERS.contains(s.lower(first - 1))) {
            first--;
        }
        return first;
    }

    private void register(String word, String firm, int si, int token) {
        if (word.length() >= 2 && !Lexicon.isGivenName(word) && !Lexicon.isEnglishWord(word.toLowerCase(java.util.Locale.ROOT))
                && !Lexicon.isPlace(word)) {
            byName.put(word, new Officer(firm, si, token));
        }
    }

    private static boolean named(List<Mention> mentions, int k) {
        for (Mention m : mentions) {
            if (m.start() <= k && k < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The firm whose officer the role at token r names: the firm right before the role phrase ("Lumora
     * chairman", "its chairman", "Lumora's chairman"), else the only firm the sentence names.
     */
    private static String employer(Sentence s, int r, List<Mention> mentions) {
        int first = roleStart(s, r);
        for (Mention m : mentions) {
            if (m.end() == first || m.end() == first - 1 && s.token(first - 1).isPossessive()) {
                return m.companyId();
            }
        }
        // "Lumora has pushed back its launch, chairman Gao Lin said": the one firm the sentence is about, as
        // its subject (not "an agreement with Magna", the firm the officer speaks of)
        String only = null;
        boolean subject = false;
        for (Mention m : mentions) {
            if (only != null && !only.equals(m.companyId())) {
                return null;
            }
            only = m.companyId();
            subject |= m.isSubjectLike() && m.kind() == Mention.Kind.NAME;
        }
        return subject ? only : null;
    }
}
