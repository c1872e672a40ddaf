package evradar.cli;

import evradar.config.EvradarConfig;
import evradar.extract.CompanyDictionary;
import evradar.extract.RuleBasedExtractor;
import evradar.extract.relations.TieModel;
import evradar.topology.DictionaryLiveExtractor;
import evradar.topology.LiveExtractor;

/** The production choices the commands share: which extractor over which dictionary. */
final class Wiring {

    private Wiring() {
    }

    /** The rules over the live dictionary, with the tie model {@code extract.tie.model} names. */
    static LiveExtractor liveExtractor(EvradarConfig config) {
        TieModel ties = TieModelOption.load(config.tieModel());
        return new DictionaryLiveExtractor(CompanyDictionary.bundled(), dictionary -> new RuleBasedExtractor(dictionary, ties));
    }
}
