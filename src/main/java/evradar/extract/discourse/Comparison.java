package evradar.extract.discourse;

import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;

import java.util.Set;

/**
 * Positions in which a firm is named without being a party to anything the sentence reports: the
 * standard of a comparison ("unlike Tesla", "cheaper than BYD", "compared with Ford"), a competitor
 * ("rivals such as NIO", "racing to catch up with BYD", "competes with Tesla"), and the employer in
 * a person's title ("Amazon founder Jeff Bezos", "former BMW executives").
 */
public final class Comparison {

    /** Single words that make the phrase after them the standard of a comparison or a competitor. */
    private static final Set<String> MARKERS = Set.of("unlike", "than", "versus", "vs", "outsold", "outsell",
            "outsells", "undercut", "undercuts", "undercutting", "overtake", "overtook", "overtaking", "overtakes",
            "beat", "beats", "beating", "trail", "trails", "trailing", "trailed", "rivalling", "rivaling");
    /** Words after which "with", "to", "from", "as", "including" mark a comparison or competition. */
    private static final Set<String> BEFORE_PREPOSITION = Set.of("compared", "comparison", "compare", "compares",
            "compete", "competes", "competing", "competed", "competition", "competitive", "up", "pace", "par",
            "rivals", "rival", "competitors", "competitor", "challengers", "contenders", "peers", "such",
            "similar", "likes");
    private static final Set<String> PERSON_ROLES = Set.of("founder", "co-founder", "cofounder", "chief", "ceo",
            "chairman", "chairwoman", "chair", "president", "boss", "executive", "executives", "engineer",
            "engineers", "veteran", "veterans", "alumni", "alumnus", "spokesperson", "spokesman", "spokeswoman",
            "director", "designer", "designers", "cto", "cfo", "coo", "head", "manager", "managers", "employee",
            "employees", "staff", "staffer", "staffers", "worker", "workers", "investor's");

    /** People who speak for the firm that employs them: "analysts at Kotak", "an economist with Nomura". */
    private static final Set<String> OBSERVER_ROLES = Set.of("analyst", "analysts", "economist", "economists",
            "strategist", "strategists");

    private Comparison() {
    }

    /** Whether the name starting at {@code start} is the standard of a comparison or a competitor. */
    public static boolean isCompared(Sentence s, int start) {
        int k = start - 1;
        // over the noun phrase's own modifiers: "than China's BYD", "against rival Tesla", "with U.S. giant Ford"
        for (int steps = 0; k >= 0 && steps < 4; steps++) {
            String l = s.lower(k);
            if (s.token(k).isPossessive() || l.equals("the") || l.equals("a") || Lexicon.countryOf(s.token(k).text()) != null
                    || l.equals("rival") || l.equals("fellow") || l.equals("market") || l.equals("leader")
                    || l.equals("giant") || l.equals("incumbent") || l.equals("incumbents")) {
                k--;
                continue;
            }
            break;
        }
        if (k < 0) {
            return false;
        }
        String l = s.lower(k);
        if (MARKERS.contains(l)) {
            return true;
        }
        if ((l.equals("or") || l.equals("and")) && k >= 2 && s.token(k - 1).isCapitalised() && s.token(k - 1).isWord()) {
            // "more than Ford Motor or General Motors": a conjunct shares the first name's comparison
            int first = k - 1;
            while (first > 0 && first > k - 4 && s.token(first - 1).isCapitalised() && s.token(first - 1).isWord()) {
                first--;
            }
            return isCompared(s, first);
        }
        if ((l.equals("with") || l.equals("to") || l.equals("as") || l.equals("including") || l.equals("like")
                || l.equals("from") || l.equals("against")) && k > 0) {
            String p = s.lower(k - 1);
            if (BEFORE_PREPOSITION.contains(p) && !(p.equals("up") && !catchUp(s, k - 1))) {
                return !(p.equals("such") && !rivalsBefore(s, k - 1));
            }
            if (l.equals("against") && (p.equals("up") || p.equals("compete") || p.equals("competes") || p.equals("pits")
                    || p.equals("directly") || p.equals("head"))) {
                return true;
            }
        }
        return false;
    }

    /** "catch up with", "keep up with", "line up against": the "up" of a verb of competing. */
    private static boolean catchUp(Sentence s, int up) {
        String v = s.lower(up - 1);
        return v.equals("catch") || v.equals("catching") || v.equals("caught") || v.equals("keep") || v.equals("keeping")
                || v.equals("line") || v.equals("lines") || v.equals("square") || v.equals("squares") || v.equals("stack");
    }

    /** "rivals such as", "competitors such as": the list after "such as" names competitors. */
    private static boolean rivalsBefore(Sentence s, int such) {
        for (int k = such - 1; k >= 0 && k >= such - 3; k--) {
            String l = s.lower(k);
            if (l.equals("rivals") || l.equals("competitors") || l.equals("challengers") || l.equals("peers")
                    || l.equals("incumbents")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Peter Rawlinson, who previously led vehicle engineering at Tesla": the place of work in a relative
     * clause about a person ("who", not "which") names an employer, not a firm acting in the sentence.
     */
    private static boolean workedAt(Sentence s, int start) {
        if (start < 3 || !s.lower(start - 1).equals("at")) {
            return false;
        }
        for (int j = start - 2; j >= 0 && j >= start - 9; j--) {
            String l = s.lower(j);
            if (l.equals("who")) {
                return true;
            }
            if (!s.token(j).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Amazon founder Jeff Bezos", "former BMW and Infiniti executives", "former executives of BMW and
     * Nissan": the firm is a person's employer.
     */
    public static boolean employerOfPerson(Sentence s, Mention m) {
        // "former executives of BMW and Nissan": the role before an of-phrase listing the employers. A name
        // after a bare comma that the list does not go on past ("Founded by former executives of BMW, Byton
        // is ...") is the subject after a fronted phrase, not a third employer
        boolean commaOnly = m.start() > 0 && s.lower(m.start() - 1).equals(",") && !listGoesOn(s, m.end());
        for (int j = m.start() - 1; j >= 1 && j >= m.start() - 14 && !commaOnly; j--) {
            String l = s.lower(j);
            if (l.equals("of") || l.equals("from")) {
                // people who worked there ("engineers from Li Auto and NIO", "a former engineering chief from
                // Great Wall Motors"), not one who speaks for it ("a spokeswoman of the company said")
                String role = s.lower(j - 1);
                boolean former = false;
                for (int f = j - 2; f >= 0 && f >= j - 4; f--) {
                    former |= s.lower(f).equals("former") || s.lower(f).equals("ex");
                }
                if (PERSON_ROLES.contains(role) && (role.endsWith("s") || former)) {
                    return true;
                }
                break;
            }
            if (!(l.equals("and") || l.equals(",") || l.equals("&") || s.token(j).isCapitalised() && s.token(j).isWord()
                    || abbreviationDot(s, j))) {
                break;
            }
        }
        if (workedAt(s, m.start())) {
            return true;
        }
        int k = m.end();
        // over a coordinated list of names: "BMW and Infiniti executives"
        for (int guard = 0; guard < 4 && k + 1 < s.size(); guard++) {
            String l = s.lower(k);
            if ((l.equals("and") || l.equals(",")) && s.token(k + 1).isCapitalised()) {
                k += 2;
                while (k < s.size() && s.token(k).isCapitalised() && s.token(k).isWord()) {
                    k++;
                }
            } else {
                break;
            }
        }
        if (k < s.size() && s.token(k).isPossessive()) {
            return false; // "Amazon's founder" may be a person, but the firm is a possessor there, read elsewhere
        }
        return k < s.size() && PERSON_ROLES.contains(s.lower(k));
    }

    /** The dot of "Inc.", "Co." or "Corp." in a list of names ("from Tesla Inc., General Motors Co. and Ford"). */
    private static boolean abbreviationDot(Sentence s, int j) {
        return s.lower(j).equals(".") && j > 0 && evradar.extract.text.Lexicon.isLegalSuffix(s.token(j - 1).text());
    }

    /** "BMW, Nissan and Tesla": another conjunct follows the name ending before {@code k}. */
    private static boolean listGoesOn(Sentence s, int k) {
        if (k < s.size() && abbreviationDot(s, k)) {
            k++; // "General Motors Co. and Ford"
        }
        if (k >= s.size()) {
            return false;
        }
        String l = s.lower(k);
        return l.equals(",") || l.equals("and") || l.equals("or") || l.equals("&");
    }

    /**
     * "analysts at Kotak said", "Jefferies analysts wrote": the firm whose analysts comment is an
     * observer there, whatever else it does, and no party to the ties they discuss.
     */
    public static boolean employerOfAnalyst(Sentence s, Mention m) {
        int at = m.start() - 1;
        if (at >= 1 && (s.lower(at).equals("at") || s.lower(at).equals("with") || s.lower(at).equals("from"))
                && OBSERVER_ROLES.contains(s.lower(at - 1))) {
            return true;
        }
        int k = m.end();
        return k < s.size() && !s.token(k).isPossessive() && OBSERVER_ROLES.contains(s.lower(k));
    }
}
