package evradar.cli;

import evradar.extract.CompanyDictionary;
import evradar.extract.RuleBasedExtractor;
import evradar.topology.DictionaryLiveExtractor;
import evradar.topology.LiveExtractor;

/** The production choices the commands share: which extractor over which dictionary. */
final class Wiring {

    private Wiring() {
    }

    static LiveExtractor liveExtractor() {
        return new DictionaryLiveExtractor(CompanyDictionary.bundled(), RuleBasedExtractor::new);
    }
}
