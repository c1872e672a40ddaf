package evradar.extract.cues;

import evradar.extract.Company;
import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Mention;
import evradar.extract.text.Sentence;

import java.util.Optional;
import java.util.Set;

/**
 * Who asserts a claim: the firm itself (SELF: "Xiaomi said", "the company said", "according to
 * the company", a firm's executive), a third party (THIRD: the press, analysts, "people familiar
 * with the matter", "sources", "reportedly", "speculation that"), or nobody but the writer (NONE).
 * The marker nearest before the claim governs it; failing that, a trailing one (", the company
 * said", ", people familiar with the plans told Reuters").
 */
public final class Attribution {

    public enum Source { SELF, THIRD, NONE }

    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "announced", "announces",
            "confirmed", "confirms", "confirming", "stated", "added", "explained", "explains", "wrote", "noted",
            "reported", "reports", "report", "reporting", "according", "disclosed", "revealed", "insisted", "insists",
            "argued", "warned", "cautioned", "acknowledged", "declared", "citing", "cited", "believes", "speculate",
            "speculates", "speculated", "reckon", "reckons", "suggest", "suggests", "suggested", "suggesting",
            "show", "shows", "indicate", "indicates", "hint", "hints", "hinted", "hinting", "lists");
    /**
     * Verbs that attribute only with a third-party source: "court records show", "a government paper hints",
     * never "Foo shows its car".
     */
    private static final Set<String> EVIDENCE_VERBS = Set.of("show", "shows", "indicate", "indicates", "hint", "hints",
            "hinted", "hinting", "lists");
    private static final Set<String> THIRD_NOUNS = Set.of("sources", "source", "people", "person", "analysts",
            "analyst", "media", "newspaper", "newspapers", "report", "reports", "press", "insiders", "insider",
            "speculation", "rumours", "rumors", "rumour", "rumor", "commentators", "observers", "experts", "bankers",
            "chatter", "talk",
            "documents", "document", "filings", "outlet", "outlets", "agency", "daily", "journal", "website", "brokerage",
            "papers", "paper", "records", "registrations", "newswire", "recruiters", "headhunters", "tipster",
            "tipsters", "leaker", "leakers");
    private static final Set<String> SELF_NOUNS = Set.of("company", "companies", "firm", "firms", "group",
            "spokesman", "spokeswoman", "spokesperson", "executive", "executives", "ceo", "chairman", "chairwoman",
            "founder", "president", "management", "statement", "filing", "automaker", "carmaker", "maker", "startup",
            "officer", "director", "chief", "automakers", "carmakers", "partners", "it", "they", "we",
            "i", "he", "she", "board", "brand");

    private Attribution() {
    }

    /** How far from the claim a marker may stand, in tokens (keeps the scan linear on runaway sentences). */
    private static final int REACH = 60;

    public static Source of(Discourse d, int si, int cue) {
        Sentence s = d.sentence(si);
        if (s.title() && headlineReported(s)) {
            return Source.THIRD;
        }
        for (int k = cue - 1; k >= 0 && k >= cue - REACH; k--) {
            Source src = markerAt(d, si, k, cue);
            if (src == Source.SELF && anonymousSourceAfter(s, cue)) {
                // "Apple has told the engineers on its car effort to aim for 2019, the Journal reported, citing
                // people familiar with the matter": what the firm said in private is known only from the sources
                return Source.THIRD;
            }
            if (src != null) {
                return src;
            }
        }
        for (int k = cue + 1; k < s.size() && k <= cue + REACH; k++) {
            if (s.lower(k).equals(",") && s.lower(k + 1).equals("and") && newClauseSubject(s, k + 2)) {
                break; // "it showed three vehicles, and it is talking to customers, according to people ...": the
                       // trailing source belongs to the last clause
            }
            Source src = markerAt(d, si, k, cue);
            if (src != null && (trailing(s, k) || isSentenceWideMarker(s, k))) {
                return src;
            }
        }
        // whole-sentence hedges without a speech verb
        for (int k = Math.max(0, cue - REACH); k < s.size() && k <= cue + REACH; k++) {
            String l = s.lower(k);
            if (l.equals("reportedly") || l.equals("allegedly") || l.equals("purportedly")) {
                return Source.THIRD;
            }
        }
        if (!s.title() && s.size() > 0 && s.lower(0).equals("it") && anonymouslySourced(d, si - 1, s.paragraph())) {
            // "The company has hired 150 engineers, the people said. It has held talks with Brenholt.": a pronoun
            // continues the firm's story as the unnamed sources tell it
            return Source.THIRD;
        }
        return Source.NONE;
    }

    /** Whether sentence {@code i}, in the given paragraph, cites unnamed sources ("the people said"). */
    private static boolean anonymouslySourced(Discourse d, int i, int paragraph) {
        if (i < 0 || i >= d.sentences().size() || d.sentence(i).paragraph() != paragraph || d.sentence(i).title()) {
            return false;
        }
        Sentence t = d.sentence(i);
        for (int k = 0; k < t.size(); k++) {
            if (!ANONYMOUS.contains(t.lower(k))) {
                continue;
            }
            String next = k + 1 < t.size() ? t.lower(k + 1) : "";
            String before = k > 0 ? t.lower(k - 1) : "";
            String twoBefore = k > 1 ? t.lower(k - 2) : "";
            if (SPEECH.contains(next) && !EVIDENCE_VERBS.contains(next) || next.equals("familiar")
                    || before.equals("citing") || before.equals("the") && (twoBefore.equals("citing")
                    || twoBefore.equals("to") && k > 2 && t.lower(k - 3).equals("according"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ANONYMOUS = Set.of("people", "person", "sources", "source", "insiders", "insider");

    /** A trailing tag that cites unnamed sources: ", citing people familiar with", ", sources told Reuters". */
    private static boolean anonymousSourceAfter(Sentence s, int cue) {
        for (int k = cue + 1; k < s.size() && k <= cue + REACH; k++) {
            if (s.lower(k).equals(",") && s.lower(k + 1).equals("and") && newClauseSubject(s, k + 2)) {
                return false;
            }
            String l = s.lower(k);
            if (l.equals("familiar") && ANONYMOUS.contains(s.lower(k - 1))
                    || l.equals("citing") && ANONYMOUS.contains(s.lower(k + 1))
                    || (l.equals("sources") || l.equals("insiders")) && s.lower(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A personal pronoun, the subject of a new clause after ", and". */
    private static boolean newClauseSubject(Sentence s, int k) {
        String l = s.lower(k);
        return l.equals("it") || l.equals("they") || l.equals("he") || l.equals("she") || l.equals("we");
    }

    /** Headline conventions for a report: "Report: ...", "..., sources say", "... - report", "X said to ...". */
    static boolean headlineReported(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            String l = s.lower(k);
            if (l.equals("report") || l.equals("reports") || l.equals("sources") || l.equals("reportedly")
                    || l.equals("insiders") || l.equals("rumour") || l.equals("rumor")
                    || l.equals("said") && s.lower(k + 1).equals("to")) {
                return !(k > 0 && (s.lower(k - 1).equals("denies") || s.lower(k - 1).equals("rejects")));
            }
        }
        return false;
    }

    /**
     * A speech verb after the claim attributes it only as a trailing tag (", the company said on
     * Tuesday.", ", people familiar with the plans told Reuters."), not when it opens a clause of its
     * own (", and analysts said adding a source would help").
     */
    private static boolean trailing(Sentence s, int k) {
        if (k + 1 >= s.size()) {
            return true;
        }
        String next = s.lower(k + 1);
        return next.equals(".") || next.equals(",") || next.equals(";") || TRAILING_FOLLOWERS.contains(next)
                || s.token(k + 1).isCapitalised();
    }

    private static final Set<String> TRAILING_FOLLOWERS = Set.of("on", "in", "at", "last", "this", "earlier", "late",
            "told", "citing", "according", "when", "while", "the", "a", "an", "reporters", "investors", "analysts",
            "staff", "employees", "separately", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "previously", "recently", "during", "without", "as", "to");

    private static boolean isSentenceWideMarker(Sentence s, int k) {
        String l = s.lower(k);
        return l.equals("familiar") || l.equals("reportedly") || l.equals("allegedly") || l.equals("citing")
                || l.equals("according") || l.equals("knowledge");
    }

    /** The attribution marked at token k (for a claim at token cue), or null if k is no marker. */
    private static Source markerAt(Discourse d, int si, int k, int cue) {
        Sentence s = d.sentence(si);
        String l = s.lower(k);
        if (l.equals("reportedly") || l.equals("allegedly")) {
            return Source.THIRD;
        }
        if ((l.equals("said") || l.equals("rumoured") || l.equals("rumored") || l.equals("reported"))
                && s.lower(k + 1).equals("to") && (s.lower(k - 1).equals("is") || s.lower(k - 1).equals("are")
                || s.lower(k - 1).equals("was") || s.lower(k - 1).equals("were") || k > 0 && k < cue)) {
            return Source.THIRD; // "is said to be preparing", title "Oppo said to be ..."
        }
        if ((l.equals("said") || l.equals("rumoured") || l.equals("rumored") || l.equals("reported"))
                && s.lower(k + 1).equals("by") && k < cue && isBe(s.lower(k - 1))) {
            for (int j = k + 2; j < s.size() && j <= k + 6; j++) {
                if (s.lower(j).equals("to")) {
                    return Source.THIRD; // "which is reported by foreign media to be preparing ..."
                }
            }
        }
        if (l.equals("familiar") && s.lower(k - 1).equals("people") || l.equals("familiar") && s.lower(k - 1).equals("person")
                || l.equals("knowledge") && (s.lower(k - 1).equals("with") || s.lower(k - 2).equals("with"))
                && Set.of("people", "person", "sources", "source", "insiders").contains(s.lower(k - 2).equals("with")
                ? s.lower(k - 3) : s.lower(k - 2))) {
            return Source.THIRD; // "people familiar with", "people with (direct) knowledge of"
        }
        if ((l.equals("speculation") || l.equals("rumours") || l.equals("rumors") || l.equals("report")
                || l.equals("reports") || l.equals("talk") || l.equals("chatter"))
                && s.lower(thatAfterSource(s, k + 1)).equals("that") && k < cue) {
            return confirmedBefore(s, k) ? Source.SELF : Source.THIRD;
        }
        if (l.equals("according") && s.lower(k + 1).equals("to")) {
            return speakerAfter(d, si, k + 2);
        }
        if (l.equals("after") && k + 1 < s.size()) {
            // "Always after Reuters, ..." (a calque of French "selon")
            Optional<Mention> m = d.mentionAt(si, k + 1);
            if (m.isPresent() && isObserver(d, m.get().companyId()) && k < cue) {
                return Source.THIRD;
            }
        }
        if (l.equals("citing")) {
            return Source.THIRD;
        }
        if (l.equals("per") && k < cue) {
            // "per a supply-chain report, it might ...": the claim is the report's
            for (int j = k + 1; j < Math.min(s.size(), k + 7); j++) {
                if (THIRD_NOUNS.contains(s.lower(j))) {
                    return Source.THIRD;
                }
            }
        }
        if (!SPEECH.contains(l) || l.equals("according")) {
            return null;
        }
        if (s.lower(k + 1).equals("to") && !l.equals("told") && !l.equals("reported")) {
            return null; // "expects to", "said to" handled above
        }
        // speaker before the verb ("X said") or right after it ("said X", "told Reuters")
        Source before = speakerBefore(d, si, k);
        if (EVIDENCE_VERBS.contains(l) && before != Source.THIRD) {
            return null;
        }
        if (before != null) {
            if (l.equals("told") && before == Source.THIRD) {
                return Source.THIRD;
            }
            if (before == Source.SELF && (l.equals("reported") || l.equals("reports")) && k > 0
                    && s.token(k - 1).isCapitalised() && d.mentionAt(si, k - 1).isEmpty()) {
                // "..., Dagens Industri reported on Tuesday": a name no dictionary knows that reports is a
                // publication, not one of the firm's people (they say, they do not report)
                return Source.THIRD;
            }
            return before;
        }
        if (l.equals("told") || l.equals("reported") || l.equals("reports")) {
            // "people familiar with the plans told Reuters": handled by "familiar"; "X told staff"
            return null;
        }
        // "..., said Lei." / "..., said the company": an inverted speaker after a comma or quote, not the
        // subject of a complement clause ("said the iPhone maker planned ...")
        String prev = k > 0 ? s.lower(k - 1) : "";
        if (!(prev.equals(",") || prev.equals("\"") || prev.equals("”") || prev.equals("'"))) {
            return null;
        }
        Source after = speakerAfter(d, si, k + 1);
        return after == Source.NONE ? null : after;
    }

    /**
     * Where the complement clause of a report begins: right after the noun, or after a short phrase naming
     * where it comes from ("Reports from South Korea that Apple may ...", "a report in the Nikkei that").
     */
    private static int thatAfterSource(Sentence s, int k) {
        if (!s.lower(k).equals("from") && !s.lower(k).equals("in") && !s.lower(k).equals("by")) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j <= k + 5; j++) {
            if (s.lower(j).equals("that")) {
                return j;
            }
            if (!s.token(j).isWord() && !s.token(j).isPossessive()) {
                break;
            }
        }
        return k;
    }

    /** The speaker phrase is "(a source) close to | familiar with | briefed by [the company]": a third party. */
    private static boolean closeTo(Sentence s, int start) {
        for (int j = start - 1; j >= 0 && j >= start - 4; j--) {
            String l = s.lower(j);
            if (l.equals("close") || l.equals("familiar") || l.equals("briefed") || l.equals("near")) {
                return true;
            }
            if (l.equals(",") || l.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean confirmedBefore(Sentence s, int k) {
        for (int j = Math.max(0, k - 6); j < k; j++) {
            if (s.lower(j).startsWith("confirm")) {
                return true;
            }
        }
        return false;
    }

    /** The speaker ending just before token k ("the company said", "Lei said", "analysts said"). */
    private static Source speakerBefore(Discourse d, int si, int k) {
        Sentence s = d.sentence(si);
        int steps = 0;
        for (int j = k - 1; j >= 0 && steps < 6; j--, steps++) {
            String l = s.lower(j);
            Optional<Mention> m = d.mentionAt(si, j);
            if ((m.isPresent() || SELF_NOUNS.contains(l)) && closeTo(s, m.map(Mention::start).orElse(j))) {
                return Source.THIRD; // "a source close to the company said", "people familiar with Foo's plans"
            }
            Source named = speakerWord(d, si, j, m);
            if (named != null) {
                return named;
            }
            if (l.equals(",") && j > 0) {
                // "The report, which cited unnamed sources, said": skip the relative clause to its head
                int open = relativeClauseOpening(s, j);
                if (open > 0) {
                    j = open;
                    continue;
                }
            }
            if (l.equals(",") || l.equals("that") || l.equals(";")) {
                return null;
            }
            if (evradar.extract.text.Lexicon.isCalendarWord(l) && s.token(j).isCapitalised() && !l.equals("may")) {
                continue; // "Reports since December have said": a time adjunct, not the speaker
            }
            if (s.token(j).isCapitalised() && s.token(j).isWord() && j > 0) {
                // a person's name: "Lei said", "Robin Li said" -- the firm's people speak for it
                if (!isObserverSpeakerAround(d, si, j)) {
                    return Source.SELF;
                }
                return Source.THIRD;
            }
        }
        return null;
    }

    /**
     * The source a speaker word at token j names, or null if it names none: a firm (a third party if it
     * is an observer), the firm's own report, a third-party noun ("sources", "analysts"), or a noun for
     * the firm itself ("the company", "a spokesman").
     */
    private static Source speakerWord(Discourse d, int si, int j, Optional<Mention> m) {
        String l = d.sentence(si).lower(j);
        if (m.isPresent()) {
            return isObserver(d, m.get().companyId()) ? Source.THIRD : Source.SELF;
        }
        if (l.equals("them") && j >= 2 && d.sentence(si).lower(j - 1).equals("of")
                && d.sentence(si).lower(j - 2).equals("one") && anonymousSourcesJustBefore(d, si)) {
            return Source.THIRD; // "according to two people familiar with the discussions. One of them said ..."
        }
        if ((l.equals("report") || l.equals("reports")) && ownReport(d, si, j)) {
            return Source.SELF;
        }
        if (THIRD_NOUNS.contains(l)) {
            return Source.THIRD;
        }
        return SELF_NOUNS.contains(l) ? Source.SELF : null;
    }

    /** Unnamed sources cited in this sentence or the one before ("people familiar with", "sources said"). */
    private static boolean anonymousSourcesJustBefore(Discourse d, int si) {
        for (int b = Math.max(0, si - 1); b <= si; b++) {
            Sentence t = d.sentence(b);
            for (int k = 1; k < t.size(); k++) {
                // "two of the people said. ... one of them said": the sources named by their speech verb too
                if (t.lower(k).equals("familiar") && ANONYMOUS.contains(t.lower(k - 1)) || t.lower(k).equals("sources")
                        || ANONYMOUS.contains(t.lower(k)) && k + 1 < t.size() && SPEECH.contains(t.lower(k + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> OWN_REPORT_MODIFIERS = Set.of("annual", "quarterly", "its", "their",
            "half-year", "interim");

    /**
     * "the annual report said", or "the report said" in an article that has named the firm's own report
     * ("warned in its annual report"): the firm's own document speaks for it, unlike a press report.
     */
    private static boolean ownReport(Discourse d, int si, int j) {
        if (j > 0 && OWN_REPORT_MODIFIERS.contains(d.sentence(si).lower(j - 1))) {
            return true;
        }
        if (j == 0 || !d.sentence(si).lower(j - 1).equals("the")) {
            return false;
        }
        for (int back = 0; back <= si; back++) {
            Sentence t = d.sentence(back);
            for (int k = 1; k < t.size() && (back < si || k < j - 1); k++) {
                if (t.lower(k).equals("report") && (t.lower(k - 1).equals("annual") || t.lower(k - 1).equals("quarterly")
                        || t.lower(k - 1).equals("its"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a comma closing a parenthetical between a subject and its speech verb -- a relative clause
     * (", which ... ,"), a participle phrase (", citing unnamed sources,") or an apposition (", the
     * company's parent,") -- the index of the opening comma, else -1.
     */
    private static int relativeClauseOpening(Sentence s, int close) {
        for (int j = close - 1; j > 0 && j >= close - 14; j--) {
            String l = s.lower(j);
            if (l.equals(",")) {
                return -1;
            }
            if (s.lower(j - 1).equals(",") && opensParenthetical(s, j)) {
                return j - 1;
            }
        }
        return -1;
    }

    private static boolean opensParenthetical(Sentence s, int j) {
        String l = s.lower(j);
        if (l.equals("which") || l.equals("who") || l.equals("whose") || l.equals("a") || l.equals("an")
                || l.equals("the") || l.equals("its") || l.equals("one")) {
            return true;
        }
        // a participle: "citing", "quoting", "based in", "owned by"
        return s.token(j).isWord() && !s.token(j).isCapitalised() && l.length() > 4
                && (l.endsWith("ing") || l.endsWith("ed") && j + 1 < s.size() && (s.lower(j + 1).equals("by")
                || s.lower(j + 1).equals("in")));
    }

    /** Analysts named with their firm ("Alan Kang, analyst at LMC Automotive") speak for a third party. */
    private static boolean isObserverSpeakerAround(Discourse d, int si, int j) {
        Sentence s = d.sentence(si);
        for (int k = Math.max(0, j - 4); k < Math.min(s.size(), j + 6); k++) {
            String prev = k > 0 ? s.lower(k - 1) : "";
            if ((s.lower(k).equals("analyst") || s.lower(k).equals("analysts"))
                    && !prev.equals("told") && !prev.equals("tells") && !prev.equals("telling") && !prev.equals("to")) {
                return true; // not the addressee: "the chief executive told analysts"
            }
        }
        return false;
    }

    private static Source speakerAfter(Discourse d, int si, int k) {
        Sentence s = d.sentence(si);
        for (int j = k; j < s.size() && j < k + 9; j++) {
            String l = s.lower(j);
            Optional<Mention> m = d.mentionAt(si, j);
            Source named = speakerWord(d, si, j, m);
            if (named != null) {
                return named;
            }
            if (l.equals("figures") || l.equals("data") || l.equals("estimates") || l.equals("officials")) {
                return Source.NONE;
            }
            if (l.equals(".") || l.equals(",") && j > k + 4) {
                break;
            }
        }
        return Source.NONE;
    }

    /** The press and analysts report; firms of every other kind, investors included, speak for themselves. */
    private static boolean isObserver(Discourse d, String id) {
        return d.company(id).map(Company::kind)
                .map(k -> k == evradar.extract.CompanyKind.NEWS_AGENCY || k == evradar.extract.CompanyKind.RESEARCH)
                .orElse(false);
    }

    private static boolean isBe(String l) {
        return l.equals("is") || l.equals("are") || l.equals("was") || l.equals("were");
    }
}
