package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-7 (studied on holdout8/9): whose car a denier stands beside, firms listed after a failure,
 * programmes named after a model or a code name, a denial that is itself negated, a parts maker's
 * insolvency, items of a headline list, electric prototypes. Every text is written for this test.
 */
class ExitAndDenialScopeTest {

    @Test
    void aDenierBesideAPartnersCarKeepsItsDenial() {
        extract("2024-05-02", "Huawei and Seres show a new SUV",
                "Huawei and Seres presented the Aito M7 electric SUV in Chongqing on Thursday, and orders opened the same day. "
                        + "Huawei does not make cars itself, a spokesman said.")
                .hasSignal("huawei", DENIED)
                .hasSignal("seres", LAUNCHED);
    }

    @Test
    void aDeniersOwnPrototypeStillCounts() {
        extract("2021-01-12", "Oppo prototype",
                "Oppo showed a prototype electric hatchback at a trade fair in Shenzhen on Monday. "
                        + "Oppo said it had no plans to sell the car.")
                .hasSignal("oppo", DEVELOPING);
    }

    @Test
    void firmsListedAfterAFailureHaveFailed() {
        extract("2025-03-04", "Another truck startup fails",
                "The maker of the Halvard pickup is the newest of the American electric-truck start-ups to fail, "
                        + "following Lordstown Motors and Canoo.")
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("canoo", EXITED);
    }

    @Test
    void aProgrammeNamedAfterTheModelEndsANewcomersEffort() {
        extract("2023-03-01", "Sono Motors",
                "The Sion was meant to be a solar-powered electric car for the mass market. "
                        + "Sono Motors told investors it would discontinue the Sion programme and sell solar kits for buses instead.")
                .hasSignal("sono-motors", EXITED);
        extract("2024-03-02", "Apple car",
                "Apple has wound down Project Titan and moved many of its engineers to AI work, a newspaper reported. "
                        + "The company never said in public what its electric car would look like.")
                .hasSignal("apple", EXITED);
    }

    @Test
    void aNegatedDenialDeniesNothing() {
        extract("2019-06-03", "Dyson",
                "For three years Dyson neither confirmed nor denied that it was developing an electric car.")
                .hasSignal("dyson", RUMORED);
    }

    @Test
    void aPartsMakersInsolvencyIsNoExitFromCars() {
        extract("2024-11-22", "Cells",
                "Northvolt, the Swedish maker of battery cells for electric cars, filed for bankruptcy protection on Thursday.")
                .hasNoSignal("northvolt");
    }

    @Test
    void eachItemOfAHeadlineListHasItsOwnSubject() {
        extract("2025-06-20", "Week in EVs: Neta's maker goes bankrupt, BYD trims prices, Tesla starts robotaxis",
                "It was a busy week for the electric-car business.")
                .hasSignal("byd", LAUNCHED) // an incumbent in an EV headline, not the bankrupt maker
                .hasSignal("tesla", LAUNCHED);
    }

    @Test
    void electricPrototypesAreCars() {
        extract("2021-10-19", "Foxconn",
                "Foxconn showed three electric prototypes at its annual technology day in Taipei.")
                .hasSignal("foxconn", DEVELOPING);
    }

    @Test
    void aFormerHolderOfTheSiteIsInNoCarRole() {
        extract("2024-10-18", "Chinese carmaker takes over Brazilian plant",
                "Great Wall Motors will build plug-in hybrid SUVs at the plant from next year. "
                        + "The plant stands on land that Ford vacated in 2021, when the American automaker ended vehicle production in Brazil.")
                .hasNoSignal("ford");
        extract("2024-10-18", "Chinese carmaker takes over Brazilian plant",
                "Great Wall Motors will build plug-in hybrid SUVs at the site from next year. "
                        + "Ford, which closed its factories there in 2021, now imports its cars.")
                .hasNoSignal("ford");
    }

    @Test
    void theCarWordOfTheFirmsOwnDescriptionIsNoCarRole() {
        extract("2023-05-04", "Zeekr",
                "Zeekr will sell its electric SUVs in Germany from next year, a person familiar with the plans said. "
                        + "Mercedes-Benz has a distribution deal in the country. The German carmaker declined to comment.")
                .hasNoSignal("mercedes-benz");
    }

    @Test
    void aFirmThatSaysItIsNoCarmakerDenies() {
        // rules-10: a negated copula or "become" before a maker of cars, ending the predicate
        extract("2023-11-28", "Alliance",
                "Tarrowind Electronics still insists it is not a carmaker.")
                .hasSignal("tarrowind", DENIED);
        extract("2023-11-28", "Alliance",
                "Tarrowind Electronics said it would never become an automaker.")
                .hasSignal("tarrowind", DENIED);
        extract("2023-11-28", "Alliance",
                "Tarrowind Electronics is not just a carmaker, analysts said.")
                .hasNoSignal("tarrowind");
        extract("2023-11-28", "Alliance",
                "Tarrowind Electronics is not a carmaker that needs a partner, its chief said.")
                .hasNoSignal("tarrowind");
    }

    @Test
    void stoppingCarMakingItselfIsAnExitButNotOneSiteOrPetrolCars() {
        // rules-10: an exit verb before a gerund of making cars, whole and electric, ends the effort
        extract("2023-08-28", "Sale",
                "With the sale, Tarrowind Mobility will stop developing vehicles itself and become a shareholder.")
                .hasSignal("tarrowind", EXITED);
        extract("2022-04-04", "Petrol",
                "Tarrowind Motors has stopped producing cars powered only by combustion engines.")
                .hasNoSignal("tarrowind", EXITED);
        extract("2025-05-13", "Plant",
                "Tarrowind Motors will stop building cars at its Oppama plant by 2028.")
                .hasNoSignal("tarrowind", EXITED);
    }

    @Test
    void notWantingToMakeCarsAndSellingPartsRatherThanCarsAreDenials() {
        // rules-10: "does not want to make cars" as "does not plan to"; the supplier's "rather than cars"
        extract("2016-11-16", "Supplier",
                "Tarrowind Electronics supplies motors for electric hatchbacks. Tarrowind Electronics has said it does "
                        + "not want to make cars itself.")
                .hasSignal("tarrowind", DENIED);
        extract("2021-04-19", "Supplier",
                "Tarrowind Electronics has said it will sell components and software to automakers rather than cars "
                        + "under its own name.")
                .hasSignal("tarrowind", DENIED);
        extract("2021-04-19", "Hybrids",
                "Tarrowind Motors will focus on hybrids rather than electric cars.")
                .hasNoSignal("tarrowind", DENIED);
    }
}
