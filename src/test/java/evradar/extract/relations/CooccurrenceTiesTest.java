package evradar.extract.relations;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.PARTNERSHIP;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules-5: the broad second pass ({@link CooccurrenceTies}). Two firms in one clause with a word of
 * the broad relation lexicon between them, after them as coordinated subjects, or before them
 * governing a list; and the contexts that name two firms without tying them. Every text is written
 * for this test.
 */
class CooccurrenceTiesTest {

    /** The ties the broad pass alone reads in the body's single sentence. */
    private static java.util.List<PartnershipFinder.Tie> broad(String sentence) {
        evradar.extract.RuleBasedExtractor x = (evradar.extract.RuleBasedExtractor) evradar.extract.Extractors.standard();
        evradar.extract.discourse.Discourse d = x.analyse(evradar.extract.ExtractionAssert.article("2023-05-01", "", sentence));
        java.util.List<PartnershipFinder.Tie> out = new java.util.ArrayList<>();
        for (int si = 0; si < d.sentences().size(); si++) {
            out.addAll(CooccurrenceTies.inSentence(d, si));
        }
        return out;
    }

    @Nested
    class WordBetweenTheFirms {

        @Test
        void purchaseOfGoodsFromASupplier() {
            extract("2024-02-01", "Rivian sourcing",
                    "Rivian already buys battery cells for its commercial vans from Samsung SDI under a deal struck in 2021, a trade paper noted.")
                    .hasPartnership("rivian", "samsung-sdi", SUPPLY);
            extract("2024-02-01", "Polestar packs",
                    "Polestar sources the battery packs for its new coupe from CATL, the company said.")
                    .hasPartnership("catl", "polestar", SUPPLY);
            extract("2024-02-01", "Xiaomi pack",
                    "Xiaomi's entry sedan is cheaper than rivals because its battery pack comes from BYD.")
                    .hasPartnership("byd", "xiaomi", SUPPLY);
        }

        @Test
        void aContractHeldInARelativeClause() {
            extract("2021-05-01", "Magna results",
                    "Magna, which holds a contract to assemble electric crossovers for Fisker in Austria, reported higher quarterly profit.")
                    .hasPartnership("fisker", "magna", MANUFACTURING);
        }

        @Test
        void anAgreementWhoseInfinitiveSaysWhatThePartnerDoes() {
            extract("2021-05-01", "Fisker picks Magna",
                    "Fisker has signed a contract with Austria's Magna to produce its first electric SUV from next year.")
                    .hasPartnership("fisker", "magna", MANUFACTURING);
        }

        @Test
        void componentsUsedFromAPartner() {
            extract("2023-07-01", "Aston Martin and Lucid",
                    "Aston Martin will use motors, inverters and battery software from Lucid in its future electric sports cars.")
                    .hasPartnership("aston-martin", "lucid", SUPPLY);
        }

        @Test
        void hyphenatedCompoundsAreOneWord() {
            // the tokenizer splits "co-develop" and "tie-up"; the lexicon reads the compound
            extract("2020-02-11", "Kia and Rivian",
                    "Kia will co-develop a small electric delivery van with Rivian, the startup said.")
                    .hasPartnership("kia", "rivian", PARTNERSHIP);
            extract("2020-02-11", "Honda and Panasonic",
                    "Honda announced a new tie-up with Panasonic on batteries.")
                    .hasPartnership("honda", "panasonic", PARTNERSHIP);
        }

        @Test
        void minorityShareStatedByPercentage() {
            extract("2024-01-10", "Who owns Leapmotor",
                    "Leapmotor is 70 percent owned by its founders and 21 percent by Stellantis, according to its filing.")
                    .hasPartnership("leapmotor", "stellantis", INVESTMENT);
        }
    }

    @Nested
    class CoordinatedParties {

        @Test
        void jointVentureOfListedGroups() {
            extract("2022-01-10", "Battery venture",
                    "The plant belongs to a joint venture of three groups, among them Hyundai and LG Energy Solution.")
                    .hasPartnership("hyundai", "lg-energy-solution", JOINT_VENTURE);
        }

        @Test
        void reciprocalWordAfterCoordinatedSubjects() {
            extract("2023-10-01", "Stellantis and Leapmotor",
                    "Stellantis and Leapmotor signed a memorandum on Monday covering sales of electric cars in Europe.")
                    .hasPartnership("leapmotor", "stellantis", PARTNERSHIP);
        }
    }

    @Nested
    class NoTie {

        @Test
        void majorityOwnerIsAParent() {
            extract("2024-01-10", "Lucid owners",
                    "Lucid is 60 percent owned by Saudi Arabia's Public Investment Fund, which bought in early.")
                    .hasNoPartnership("lucid", "public-investment-fund");
        }

        @Test
        void marketStatisticsAndRivalLists() {
            extract("2023-05-01", "Moroccan market",
                    "The local car market is dominated by Renault and Stellantis, which assemble most vehicles for export.")
                    .hasNoPartnership("renault", "stellantis");
            extract("2025-01-05", "Failed startups",
                    "Canoo joins several electric-vehicle startups that have collapsed since 2023, among them Lordstown Motors and Fisker.")
                    .hasNoPartnership("fisker", "lordstown-motors")
                    .hasNoPartnership("canoo", "fisker");
        }

        @Test
        void siteOnceHeldByAnotherFirm() {
            extract("2023-05-01", "Lucid expands",
                    "Lucid will start production of its SUV at a former Mitsubishi Motors plant next year.")
                    .hasNoPartnership("lucid", "mitsubishi-motors");
        }

        @Test
        void negatedAgreement() {
            extract("2023-05-01", "Nio denies",
                    "Nio said no agreement had been signed with Xiaomi to supply its battery packs.")
                    .hasNoPartnership("nio", "xiaomi");
        }

        @Test
        void buyingAFirmIsNoSupply() {
            extract("2023-05-01", "Geely shopping",
                    "Geely spent $2 billion buying sports-car specialist Lotus and has since invested in Smart.")
                    .hasNoPartnership("geely", "lotus");
        }

        @Test
        void aVentureIsNotItsParentsPartner() {
            extract("2023-05-01", "Afeela",
                    "Sony and Honda will sell the sedan through their venture Sony Honda Mobility, which owns the brand.")
                    .hasNoPartnership("honda", "sony-honda-mobility")
                    .hasNoPartnership("sony", "sony-honda-mobility");
        }

        @Test
        void analystsGuessing() {
            // the broad pass alone: hedged speculation in an analyst's mouth is no reported approach
            assertTrue(broad("Analysts said Xiaomi could eventually team up with BYD on batteries.").isEmpty());
            assertTrue(broad("Analysts at a brokerage said Nio might one day buy battery cells from CATL.").isEmpty());
            assertFalse(broad("Nio said it would buy battery cells from CATL under a new agreement.").isEmpty());
        }

        @Test
        void aNameModifyingAnotherFirm() {
            extract("2019-05-01", "Funding",
                    "SoftBank led a $1 billion investment in a Nio rival based in Shanghai.")
                    .hasNoPartnership("nio", "softbank");
        }

        @Test
        void aClauseOfItsOwnAfterTheComma() {
            extract("2023-05-01", "Samsung",
                    "Samsung SDI already makes battery cells for carmakers, and the electronics giant spent $8 billion buying audio specialist Harman.")
                    .hasNoPartnership("harman", "samsung-sdi");
        }
    }
}
