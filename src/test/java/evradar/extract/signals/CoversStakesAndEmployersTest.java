package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-16 (studied on holdout57 and holdout59): pulling the cover off a car shows it and ends nothing;
 * money put into another firm ("to invest $500 million in the struggling carmaker") is a stake, not a
 * car business of the investor's own; and a brand named as where a person worked ("a former head of
 * Nissan's Infiniti luxury brand") casts its owner in no car role; and a brand launched before any car
 * ("launches Ceer, its first electric-car brand") is announced, not on sale. Every text is written for this
 * test.
 */
class CoversStakesAndEmployersTest {

    @Test
    void pullingTheCoverOffACarShowsIt() {
        extract("2017-01-04", "Crossover shown",
                "Tarvelle Motors pulled the cover off its first production-intended car on Tuesday night, a large "
                        + "electric crossover that the startup says will reach customers in 2018.")
                .hasNoSignal("tarvelle", EXITED)
                .hasSignal("tarvelle", DEVELOPING);
        // with a plan as its object, "pulled" still ends the plan
        extract("2019-10-10", "Project dropped",
                "Tarvelle Motors pulled its electric-car project on Thursday, saying it could not find a buyer "
                        + "for the plant.")
                .hasSignal("tarvelle", EXITED);
    }

    @Test
    void moneyForAnotherFirmIsAStake() {
        extract("2023-12-04", "Deal terminated",
                "Shares of Orrevane Auto Group fell as much as 24% on Monday after Dubai-based Qaratech Holdings "
                        + "terminated an agreement to invest about $500 million in the struggling carmaker.")
                .hasNoSignal("qaratech", ANNOUNCED);
        // the firm's own car business is still its own, whoever names it
        extract("2021-03-30", "Car business",
                "Qaratech Holdings will invest $10 billion in the company's own electric-car business, its "
                        + "chairman said.")
                .hasSignal("qaratech", ANNOUNCED);
    }

    @Test
    void aBrandWhereAPersonWorkedCastsNoCarRole() {
        extract("2019-05-21", "Hiring",
                "Veltra Motors has recruited heavily from established carmakers, including a former head of Nissan's "
                        + "Infiniti luxury brand, and has been testing electric prototypes at a former airfield.")
                .hasNoSignal("nissan")
                .hasSignal("veltra", DEVELOPING);
        // the same brand as the owner's product does
        extract("2021-03-04", "Brand plan",
                "Nissan's Infiniti luxury brand will sell only electric cars from 2025, Nissan said on Thursday.")
                .hasSignal("nissan", LAUNCHED);
    }

    @Test
    void aBrandLaunchedBeforeAnyCarIsAnnounced() {
        extract("2022-11-03", "Saudi Arabia launches Orvessa, its first electric-car brand, with Tarvelle Motors",
                "Saudi Arabia's wealth fund will create the kingdom's first home-grown car brand, Orvessa, in a joint "
                        + "venture with Tarvelle Motors. Orvessa will design, make and sell electric sedans from 2025, "
                        + "Orvessa said.")
                .hasSignal("orvessa", ANNOUNCED)
                .hasNoSignal("orvessa", LAUNCHED);
        // a car launched under a new brand is on sale
        extract("2022-11-03", "Launch",
                "Tarvelle Motors launched its first electric car under a new brand on Thursday.")
                .hasSignal("tarvelle", LAUNCHED);
    }
}
