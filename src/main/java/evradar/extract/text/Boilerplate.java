package evradar.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes scraped-page furniture from an article body: related-article teasers (a cue line such as
 * "In the same category", "Read more:", "Related", "See also" and the headline-like lines after
 * it), comment, newsletter and share prompts, and stray headline-like paragraphs (short lines
 * without sentence punctuation between paragraphs of prose). Works line by line, so it does not
 * depend on the wording of any one page.
 */
public final class Boilerplate {

    /** Cues that introduce links to other articles. Matched at the start of a line, case-insensitively. */
    private static final List<String> TEASER_CUES = List.of(
            "in the same category", "in the same section", "read also", "also read", "read more", "read next",
            "related articles", "related stories", "related news", "related content", "related reading", "related",
            "see also", "most read", "most popular", "most viewed", "recommended for you", "recommended",
            "you may also like", "you might also like", "you may be interested", "more from", "more on this",
            "more stories", "more news", "trending now", "trending", "popular now", "popular", "editor's picks",
            "editors' picks", "latest news", "latest stories", "further reading", "don't miss", "must read",
            "top stories", "what to read next", "up next", "also on", "continue reading", "sponsored content");

    /** Prompts and page furniture that are unmistakable at the start of a short line: the whole line goes. */
    private static final List<String> PROMPT_CUES = List.of(
            "please enter your", "leave a comment", "leave a reply", "post a comment", "add a comment",
            "join the conversation", "sign up", "signup", "subscribe to", "subscribe now", "share this",
            "share on", "follow us", "follow on", "click here", "all rights reserved", "©", "copyright",
            "tags:", "topics:", "log in to", "you must be logged in", "notify me", "print this",
            "email this", "(reporting by", "reporting by", "editing by", "get the latest", "download our app",
            "enter your email", "your email address", "we respect your privacy", "you have entered",
            "save my name");

    /** The publisher's notices: "Disclaimer: ... not investment advice", "Our Standards: The Thomson Reuters Trust Principles". */
    private static final List<String> NOTICE_CUES = List.of("disclaimer:", "disclaimer -", "disclaimer –",
            "our standards:", "listen to this article", "related tickers", "this article is for information");

    /** Single words that are page furniture only when the line is not a sentence ("Comments", "Share"). */
    private static final List<String> LABEL_CUES = List.of(
            "comments", "comment", "share", "subscribe", "advertisement", "sponsored", "photo", "image", "credit",
            "source", "cookies", "newsletter", "login", "register");

    private static final int HEADLINE_MAX_WORDS = 25;

    private Boilerplate() {
    }

    /**
     * The paragraphs of the body that are article prose, each as its kept lines joined by a newline.
     * A first paragraph that repeats the title is dropped too (the title is read separately).
     */
    public static List<String> proseParagraphs(String title, String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        paragraphs = WireBrief.rewrite(title, paragraphs); // "Dyson Ltd:" + "* SAYS ...": what the firm says

        List<String> out = new ArrayList<>();
        boolean inTeaser = false;
        boolean seenProse = false;
        String normTitle = Lexicon.lettersAndDigits(title);
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> kept = new ArrayList<>();
            for (String line : paragraphs.get(p)) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (isPrompt(lower)) {
                    continue;
                }
                String teaser = teaserCue(lower);
                if (teaser != null) {
                    inTeaser = true;
                    continue;
                }
                if (inTeaser) {
                    if (isHeadlineLike(line)) {
                        continue;
                    }
                    inTeaser = false;
                }
                kept.add(line);
            }
            if (kept.isEmpty()) {
                continue;
            }
            String para = String.join("\n", kept);
            if (!seenProse && !normTitle.isEmpty() && Lexicon.lettersAndDigits(para).equals(normTitle)) {
                continue;
            }
            // A lone headline-like line between paragraphs of prose is a teaser or a section label.
            if (seenProse && kept.size() == 1 && isHeadlineLike(para)) {
                continue;
            }
            out.add(para);
            seenProse = true;
        }
        return out;
    }

    static boolean isPrompt(String lower) {
        for (String cue : PROMPT_CUES) {
            if (startsWithWord(lower, cue)) {
                return words(lower) <= 30;
            }
        }
        for (String cue : NOTICE_CUES) {
            if (startsWithWord(lower, cue)) {
                return words(lower) <= 80; // a publisher's notice runs longer than a prompt, never as long as a story
            }
        }
        for (String cue : LABEL_CUES) {
            if (startsWithWord(lower, cue) && !endsLikeSentence(lower) && words(lower) <= 12) {
                return true;
            }
        }
        return lower.contains("newsletter") && words(lower) <= 20 && !endsLikeProse(lower);
    }

    /** The line starts with the cue and the cue ends at a word boundary ("commentary" is not "comment"). */
    private static boolean startsWithWord(String lower, String cue) {
        if (!lower.startsWith(cue)) {
            return false;
        }
        int end = cue.length();
        return end >= lower.length() || !Character.isLetter(lower.charAt(end)) || !Character.isLetter(cue.charAt(end - 1));
    }

    /** The teaser cue that starts the line when the rest is empty, a colon-separated headline or a headline. */
    static String teaserCue(String lower) {
        for (String cue : TEASER_CUES) {
            if (!lower.startsWith(cue)) {
                continue;
            }
            String rest = lower.substring(cue.length()).strip();
            if (rest.isEmpty()) {
                return cue;
            }
            // a short label: "Related coverage", "More from the newsroom", "Recommended stories", "More from Asia autos:"
            if (words(lower) <= 4 && (!endsLikeSentence(lower) || lower.endsWith(":"))
                    && Character.isLetter(lower.charAt(cue.length() - 1))
                    && lower.charAt(cue.length()) == ' ') {
                return cue;
            }
            char c = rest.charAt(0);
            if (c == ':' || c == '|' || c == '-' || c == '–' || c == '—' || c == '>' || c == '»') {
                return cue;
            }
        }
        return null;
    }

    /** A short line that does not end like a sentence: a headline, a label, a link text. */
    static boolean isHeadlineLike(String line) {
        return words(line) <= HEADLINE_MAX_WORDS && !endsLikeSentence(line);
    }

    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '"' || last == '”' || last == '’' || last == '\'' || last == ')') {
            s = s.substring(0, s.length() - 1).strip();
            if (s.isEmpty()) {
                return false;
            }
            last = s.charAt(s.length() - 1);
            if (last == '"' || last == '”' || last == ',') {
                return true;
            }
        }
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '…';
    }

    private static boolean endsLikeProse(String lower) {
        return endsLikeSentence(lower) && words(lower) > 12;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
