package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8: who reports a claim when the reporter is a document or a publication the dictionary does
 * not know, and which stances an article reports as given up. Every text is written for this test.
 */
class ReportersAndStancesTest {

    @Test
    void documentsThatSuggestAreAThirdParty() {
        extract("2016-03-24", "Hanvale Electronics working on an electric car, government papers suggest",
                "Hanvale declined to comment.")
                .hasSignal("hanvale", RUMORED);
        extract("2016-03-24", "Hanvale working on an electric car",
                "Hanvale Electronics is building an electric car, court records show.")
                .hasSignal("hanvale", RUMORED);
    }

    @Test
    void aDenialInAStanceBeingGivenUpIsNotTheFirmsPresentOne() {
        extract("2021-09-08", "Lumora commits to cars",
                "Lumora Technology said it had registered an electric-vehicle subsidiary with 8 billion yuan in "
                        + "capital, reversing its 2019 stance that it had no plans to make cars.")
                .hasSignal("lumora", evradar.avro.EvStatus.ANNOUNCED);
        // a stance the firm keeps is still its own
        extract("2021-09-08", "Lumora",
                "Lumora Technology repeated its stance that it had no plans to make cars.")
                .hasSignal("lumora", evradar.avro.EvStatus.DENIED);
    }

    @Test
    void analystsAddressedByTheChiefExecutiveAreNotTheSource() {
        extract("2021-03-09", "Results",
                "Chief executive Lee Soo-min told analysts that Hanvale Electronics is now studying whether to enter "
                        + "the electric-vehicle market.")
                .hasSignal("hanvale", evradar.avro.EvStatus.EXPLORING);
        // an analyst who speaks is one
        extract("2021-03-09", "Results",
                "Analyst Wen Jiaqi said Hanvale Electronics is now studying whether to enter the electric-vehicle market.")
                .hasSignal("hanvale", evradar.avro.EvStatus.RUMORED);
    }

    @Test
    void theEndOfARangeIsNoPlan() {
        extract("2021-03-09", "Options",
                "Hanvale Electronics is studying the electric-vehicle market. It has hired consultants to assess "
                        + "options, which range from making components to building a small car with a partner.")
                .hasSignal("hanvale", evradar.avro.EvStatus.EXPLORING);
    }

    @Test
    void plottingACarAndPlanningABrandAreIntentions() {
        extract("2021-05-01", "Appliances",
                "Halvorsen Electronics is plotting an electric car, according to two people familiar with the matter.")
                .hasSignal("halvorsen", RUMORED);
        extract("2021-05-01", "Brand",
                "Local media have reported that Nusantara Raya Group plans an electric car brand of its own.")
                .hasSignal("nusantara-raya", RUMORED);
    }

    @Test
    void aTrailingSourceBelongsToTheLastConjoinedClause() {
        extract("2021-11-12", "Platform",
                "Last month Tarvic Electronics showed three electric vehicles built on its platform, and it is talking "
                        + "to several other potential customers, according to people who have attended its briefings.")
                .hasSignal("tarvic", evradar.avro.EvStatus.DEVELOPING);
    }

    @Test
    void notPlanningToBuildCarsOfItsOwnIsADenial() {
        extract("2023-05-01", "Powertrains",
                "LG Electronics has said repeatedly that it does not plan to build vehicles of its own.")
                .hasSignal("lg-electronics", evradar.avro.EvStatus.DENIED);
        // one car in one place is no denial of the market; a plan never confirmed is no denial either
        extract("2023-05-01", "Plant",
                "Tesla does not plan to build the car in Mexico.")
                .hasNoSignal("tesla", evradar.avro.EvStatus.DENIED);
        extract("2021-01-08", "Apple",
                "Apple, which has never confirmed plans to build a car, did not comment.")
                .hasNoSignal("apple", evradar.avro.EvStatus.DENIED);
    }

    @Test
    void reviewingEntryAndConsideringPickUpsAreInterest() {
        extract("2023-03-01", "Review",
                "Seorin Electronics said on Thursday it is reviewing entry into the electric vehicle business.")
                .hasSignal("seorin", evradar.avro.EvStatus.EXPLORING);
        extract("2023-03-01", "Pick-ups",
                "Siam Kaset Group said it was considering assembling electric pick-ups with a Chinese partner but had "
                        + "made no decision.")
                .hasSignal("siam-kaset", evradar.avro.EvStatus.EXPLORING);
    }

    @Test
    void theFirmsOwnReportSpeaksForIt() {
        // rules-9: "the report" after "its annual report" is the firm's document, not a press report
        extract("2022-04-12", "Filing",
                "Tarvic Motors warned in its annual report that it needed fresh funding. The start of production at "
                        + "the company's plant has slipped to the fourth quarter, the report said, and pre-production "
                        + "trucks are still being validated on public roads.")
                .hasSignal("tarvic", evradar.avro.EvStatus.DEVELOPING);
        // a press report stays a third party's
        extract("2022-04-12", "Report",
                "Tarvic Motors is testing electric pickup prototypes on public roads, the report said.")
                .hasSignal("tarvic", RUMORED);
    }

    @Test
    void perAReportIsTheReportsClaim() {
        extract("2023-05-02", "Glasses",
                "Tarvic Technologies makes smart glasses. Now, per a supply-chain report, it might want to make a car.")
                .hasSignal("tarvic", RUMORED);
    }

    @Test
    void anOfficerNamedWithoutHisFirmActsForTheFirmInFocus() {
        extract("2022-01-04", "CES",
                "Sony is doubling down on cars, and Sony's booth was packed. Chairman Kenji Yoshimura unveiled a "
                        + "seven-seat electric SUV prototype on Tuesday.")
                .hasSignal("sony", evradar.avro.EvStatus.DEVELOPING);
    }

    @Test
    void prototypesThatWouldBeginTestingAreStillAPlan() {
        extract("2021-03-16", "Pickup",
                "Tarvic Motors raised $410 million to build an electric pickup. Chief executive Marcus Oyel said "
                        + "prototypes would begin testing on public roads next year.")
                .hasSignal("tarvic", evradar.avro.EvStatus.ANNOUNCED)
                .hasNoSignal("tarvic", evradar.avro.EvStatus.DEVELOPING);
    }
}
