package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-13, second half (studied on holdout41–44): the Australian "ute" is a pickup, a quotation
 * opened after an officer's words is the officer's firm speaking, a firm's own "plans for" an EV
 * exist whatever the verb does to them short of ending them, and an EV term in another clause says
 * nothing of incumbents listed in theirs ("a plural under a superlative names a class" is in
 * {@code ReferenceResolverTest}); a confirmed study is a study, and an effort that reports speak of is
 * not asserted; recruiters, tipsters and leakers are third parties, a document that "lists" a project
 * is evidence, and "one of them" after unnamed sources is one of the sources. Every text is written
 * for this test.
 */
class UtesQuotesPlansAndClassesTest {

    @Test
    void aUteIsAPickup() {
        extract("2021-03-22", "Ute maker",
                "Tarvik Motors said it would design and assemble a dual-cab battery ute, with the first deliveries targeted for 2024.")
                .hasSignal("tarvik", ANNOUNCED);
    }

    @Test
    void aQuotationAfterAnOfficersWordsIsHisFirmSpeaking() {
        extract("2023-10-17", "Stake",
                "Tarvik Energy chairman Hafiz Rahman said the investment was a bet on Nio's software. "
                        + "\"We have no plans to build cars of our own. We make batteries,\" he said.")
                .hasSignal("tarvik", DENIED)
                .hasNoSignal("nio", DENIED);
    }

    @Test
    void aFirmsOwnPlansForAnEvExist() {
        extract("2024-01-23", "Car delayed",
                "Apple has scaled back its plans for a self-driving electric car, Bloomberg reported, citing people familiar with the project.")
                .hasSignal("apple", RUMORED);
        // ending them is an exit, not a plan
        extract("2024-01-23", "Car dropped", "Apple has scrapped its plans for an electric car, the company said.")
                .hasNoSignal("apple", RUMORED);
    }

    @Test
    void anEvTermInAnotherClauseSaysNothingOfIncumbentsListedInTheirs() {
        extract("2019-03-12", "Gulf market",
                "Tarvik Motors is studying an electric SUV. Electric cars are a sliver of sales in the Gulf, where "
                        + "petrol is cheap and Nissan and Toyota have long ruled the market for large four-wheel-drives.")
                .hasNoSignal("nissan");
    }

    @Test
    void aConfirmedStudyIsAStudy() {
        extract("2019-05-14", "Tarvik Motors confirms it is studying EV assembly",
                "The importer's chairman spoke at a trade fair.")
                .hasSignal("tarvik", EXPLORING);
    }

    @Test
    void anEffortThatReportsSpeakOfIsNotAsserted() {
        extract("2019-05-14", "Importer speaks",
                "Tarvik Motors said it was studying whether to build electric cars, the first time the importer has "
                        + "publicly addressed reports of its carmaking ambitions.")
                .hasSignal("tarvik", EXPLORING);
    }

    @Test
    void recruitersAndTipstersAreThirdParties() {
        extract("2022-03-01", "Hiring", "Recruiters say Oppo is quietly hiring car engineers for an electric-car team.")
                .hasSignal("oppo", RUMORED);
        extract("2022-03-01", "Leak", "Oppo is secretly working on an electric car, according to a well-followed tipster.")
                .hasSignal("oppo", RUMORED);
    }

    @Test
    void aDocumentThatListsAProjectIsEvidence() {
        extract("2017-10-05", "Funding paper",
                "A government paper lists 16 million pounds of public funding for Dyson to develop a battery electric vehicle.")
                .hasSignal("dyson", RUMORED);
    }

    @Test
    void oneOfThemAfterUnnamedSourcesIsASource() {
        extract("2022-05-17", "Talks",
                "Oppo has held talks with a carmaker, according to two people familiar with the discussions. "
                        + "One of them said Oppo was developing an electric car of its own.")
                .hasSignal("oppo", RUMORED);
    }
}
