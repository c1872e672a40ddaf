package evradar.extract.text;

/**
 * One token of a sentence: a word, a number, a possessive marker ({@code 's}) or a punctuation
 * mark, with its character offsets in the sentence text.
 */
public record Token(String text, String lower, int start, int end) {

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0))
                || text.length() > 2 && text.charAt(1) == '.' && Character.isUpperCase(text.charAt(2))); // "e.GO"
    }

    public boolean isPossessive() {
        return lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’");
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    @Override
    public String toString() {
        return text;
    }
}
