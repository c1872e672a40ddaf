package evradar.extract.names;

import evradar.extract.text.Sentence;

import java.util.List;

/**
 * Finds names in one sentence (after OpenNLP's TokenNameFinder): each implementation is small and
 * returns typed spans; {@link CompanyRecognizer} composes them and settles overlaps and
 * article-level evidence. Implementations are immutable and thread-safe.
 */
public interface NameFinder {

    List<NameSpan> find(Sentence sentence);
}
