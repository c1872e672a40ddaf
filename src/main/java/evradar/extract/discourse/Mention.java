package evradar.extract.discourse;

/**
 * A reference to a firm in one sentence: tokens [start, end) and how it refers.
 *
 * @param prepositional the mention is the object of a preposition ("in Rivian", "with the startup"),
 *                      so it is not the subject of its clause
 * @param possessive    the mention is a possessor ("Xiaomi's factory", "its plans")
 */
public record Mention(int sentence, int start, int end, String companyId, Kind kind, boolean prepositional,
                      boolean possessive) {

    /** NAME: the firm's name; DESCRIPTION: "the automaker"; PRONOUN: "it", "its"; PLURAL: "the two companies", "they". */
    public enum Kind { NAME, DESCRIPTION, PRONOUN, PLURAL }

    public boolean isSubjectLike() {
        return !prepositional;
    }

    public boolean isNamed() {
        return kind == Kind.NAME;
    }
}
