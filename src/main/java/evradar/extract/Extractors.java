package evradar.extract;

/** Ready-made extractors. */
public final class Extractors {

    private Extractors() {
    }

    /** The rule-based extractor over the bundled company dictionary (built once). */
    public static Extractor standard() {
        return Standard.INSTANCE;
    }

    /** The rule-based extractor over the given dictionary. */
    public static Extractor over(CompanyDictionary dictionary) {
        return new RuleBasedExtractor(dictionary);
    }

    private static final class Standard {
        static final Extractor INSTANCE = new RuleBasedExtractor(CompanyDictionary.bundled());
    }
}
