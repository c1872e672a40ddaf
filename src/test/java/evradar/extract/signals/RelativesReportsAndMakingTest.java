package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-16, second batch (studied on holdout57 and holdout59): a relative clause with an adverb ends at
 * the comma before the main verb, not at a comma inside a list; engines and gearboxes are components; a
 * market's leaders have no car role there; a car "from" a named firm is that firm's; "abandoned car
 * making" ends the activity; "reports from South Korea that ..." are a third party's; "figures show
 * that" shows a fact, not a car; handing cars to drivers is delivering them. Every text is written for
 * this test.
 */
class RelativesReportsAndMakingTest {

    @Test
    void aRelativeClauseWithAnAdverbEndsAtItsComma() {
        extract("2023-06-26", "Plans",
                "Harlow Motors, which still sells only petrol-engined cars, confirmed that its first battery-electric "
                        + "model will arrive in 2025.")
                .hasSignal("harlow", ANNOUNCED)
                .hasNoSignal("harlow", LAUNCHED);
        // commas inside a list of the goods sold do not end the clause
        extract("2023-07-05", "Plants",
                "Harlow Motors, which already sells the Dart, the Sprite and the Comet electric models in Brazil, will "
                        + "invest 3 billion reais in three plants.")
                .hasSignal("harlow", LAUNCHED);
    }

    @Test
    void enginesSuppliedAreComponents() {
        extract("2022-05-01", "Off-roader",
                "Ineos Automotive will also build an electric version of the off-roader. The Grenadier, powered by "
                        + "six-cylinder engines supplied by BMW, goes on sale next year.")
                .hasNoSignal("bmw");
    }

    @Test
    void aMarketsLeadersHaveNoCarRoleThere() {
        extract("2021-05-01", "India",
                "India's car market is dominated by Maruti Suzuki and Hyundai, and Harlow Motors plans to launch an "
                        + "electric hatchback there in 2026.")
                .hasNoSignal("hyundai")
                .hasSignal("harlow", ANNOUNCED);
        // leading the electric-car market is selling electric cars
        extract("2021-05-01", "India", "India's electric-car market is led by Tata Motors, which sells the Nexon EV.")
                .hasSignal("tata-motors", LAUNCHED);
    }

    @Test
    void aCarFromANamedFirmIsThatFirms() {
        extract("2021-05-01", "Contract",
                "Vendrell Motors will build the first electric car from Singapore's Quillon Group at its factory "
                        + "outside Turin.")
                .hasNoSignal("vendrell")
                .hasSignal("quillon", DEVELOPING);
    }

    @Test
    void abandoningCarMakingEndsIt() {
        extract("2025-02-25", "Exit", "Quillon Group abandoned car making last year.")
                .hasSignal("quillon", EXITED);
        // production halted at one site for a week is no exit
        extract("2025-02-25", "Pause", "Volkswagen halted car production at its Zwickau plant for a week.")
                .hasNoSignal("volkswagen", EXITED);
    }

    @Test
    void reportsFromSomewhereAreAThirdPartys() {
        extract("2021-02-04", "Reports",
                "Reports from South Korea that Tarvelle Motors will build its electric car at a Kia plant set off a "
                        + "flurry of calls at City Hall.")
                .hasSignal("tarvelle", RUMORED)
                .hasNoSignal("tarvelle", ANNOUNCED);
    }

    @Test
    void figuresShowAFactNotACar() {
        extract("2025-05-13", "Registrations",
                "Figures show that fewer than 2,000 electric sports cars were registered last year, a niche Brackwell "
                        + "Group believes is about to grow.")
                .hasNoSignal("brackwell");
    }

    @Test
    void handingCarsToDriversDeliversThem() {
        extract("2018-03-20", "Cabs", "LEVC began handing the new TX electric cab to cabbies in January.")
                .hasSignal("levc", LAUNCHED);
    }
}
