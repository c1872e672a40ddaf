package evradar.extract.names;

/**
 * A name found in a sentence: tokens [start, end), the firm it names (a dictionary id, or a slug
 * for a firm recognised by form) and what kind of name it is.
 *
 * @param needsSupport a common-word alias in a position where capitals prove nothing (sentence
 *                     start, title-case headline): kept only if the firm is named unambiguously
 *                     elsewhere in the article
 */
public record NameSpan(int start, int end, String companyId, String name, Type type, Source source,
                       String surface, boolean needsSupport) {

    /** COMPANY names a firm; BRAND names a brand or product of {@code companyId}, which is not a company mention. */
    public enum Type { COMPANY, BRAND }

    /**
     * Which finder produced it. OBSERVED_BY_ROLE: a name after an analyst's role ("analysts at
     * Foo"), which makes the firm a research house.
     */
    public enum Source { DICTIONARY, FORM, DESCRIBED, OBSERVED_BY_ROLE, ARTICLE_ALIAS }

    public boolean isCompany() {
        return type == Type.COMPANY;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(NameSpan o) {
        return start < o.end && o.start < end;
    }

    public NameSpan withEnd(int newEnd) {
        return new NameSpan(start, newEnd, companyId, name, type, source, surface, needsSupport);
    }

    public NameSpan needingSupport() {
        return new NameSpan(start, end, companyId, name, type, source, surface, true);
    }

    public NameSpan supported() {
        return new NameSpan(start, end, companyId, name, type, source, surface, false);
    }

    public NameSpan as(Type t, String id, String display) {
        return new NameSpan(start, end, id, display, t, source, surface, needsSupport);
    }
}
