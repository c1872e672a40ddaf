package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8: a present habit of making electric cars ("makes petrol sedans and two battery-electric
 * hatchbacks") is selling them; a causative "make", a relative clause on a common noun and cars
 * built for another firm are not. Every text is written for this test.
 */
class HabitualMakingTest {

    @Test
    void makingElectricCarsAsAHabitIsSellingThem() {
        extract("2021-06-08", "Carmaker",
                "Tarvic Motor, based in Hangzhou, makes petrol sedans and two small battery-electric hatchbacks.")
                .hasSignal("tarvic", LAUNCHED);
        extract("2021-06-08", "Carmaker",
                "Tarvic Motor, which builds petrol cars and a range of battery-electric models, has spare capacity.")
                .hasSignal("tarvic", LAUNCHED);
    }

    @Test
    void notWhenTheMakingIsSomeoneElses() {
        // a causative make: the EV maker becomes a shareholder
        extract("2021-06-08", "Deal",
                "Tarvic Motor will use motors from Lucid under a deal that makes the EV maker a shareholder.")
                .hasNoSignal("tarvic", LAUNCHED);
        // the relative clause is the partner's
        extract("2021-06-08", "Deal",
                "Tarvic Motor gets a partner that already builds electric cars at scale.")
                .hasNoSignal("tarvic", LAUNCHED);
        // a contract: cars built for another firm
        extract("2021-06-08", "Deal",
                "Tarvic Motor builds electric cars for Lucid under contract.")
                .hasNoSignal("tarvic", LAUNCHED);
    }

    @Test
    void aimingToBecomeAMakerOfCarsIsAPlan() {
        extract("2017-06-01", "NEVS",
                "Evergrande said it aims to become one of the world's largest electric-car makers within five years.")
                .hasSignal("evergrande", evradar.avro.EvStatus.ANNOUNCED);
        extract("2016-08-19", "Gree",
                "Gree Electric Appliances said the deal would make it a maker of new-energy vehicles.")
                .hasSignal("gree", evradar.avro.EvStatus.ANNOUNCED);
    }

    @Test
    void whatAFirmSaidYearsAgoGivesWayToItsPresent() {
        extract("2021-09-24", "Crisis",
                "Two years ago Evergrande said it would become an electric-car maker. Today Evergrande has shelved its "
                        + "electric car project.")
                .hasSignal("evergrande", evradar.avro.EvStatus.EXITED);
    }

    @Test
    void countedDeliveriesAreSales() {
        extract("2024-06-01", "Deliveries",
                "Electric-car makers posted record months. Tarvic, the premium electric car maker, reported 16,089 "
                        + "deliveries.")
                .hasSignal("tarvic", LAUNCHED);
        // a model number is no count
        extract("2024-06-01", "Afeela 1 Deliveries Are Finally Happening, Says Tarvic Motors",
                "Tarvic Motors will hand over its first electric sedans in 2027.")
                .hasNoSignal("tarvic", LAUNCHED);
    }

    @Test
    void aPredicateAfterAClosedRelativeClauseIsTheSubjects() {
        // the relative clause about Geely closes at the comma: Zeekr delivered the units
        extract("2024-06-01", "Deliveries",
                "Zeekr Intelligent Technology, the premium electric car maker controlled by Geely, which listed in "
                        + "New York last month, delivered 18,616 units.")
                .hasSignal("zeekr", LAUNCHED).hasNoSignal("geely");
    }

    @Test
    void formerEmployersAndBuyersAreNoSellers() {
        // the engineers came from NIO; the vans were delivered to Walmart, by nobody named
        extract("2024-06-01", "Hiring",
                "Zhiguang Electric, which committed 8 billion yuan to its electric car unit, said it had hired about "
                        + "1,400 automotive engineers, some of them from Li Auto.")
                .hasNoSignal("li-auto");
        extract("2025-01-17", "Vans",
                "Canoo makes electric vans. Walmart, its largest customer, agreed in 2022 to buy up to 10,000 vans; "
                        + "only a small number were delivered.")
                .hasNoSignal("walmart");
    }

    @Test
    void hatchbacksDeliveredAreSoldAndAYearAgoIsHistory() {
        extract("2022-05-17", "Deliveries",
                "Kestrova Motors delivered its first Sable hatchbacks to customers in Prague last week.")
                .hasSignal("kestrova", LAUNCHED);
        extract("2021-04-20", "Turn",
                "A year ago Tarrowind Technologies said flatly that it would not make cars. This week Tarrowind "
                        + "Technologies said it was studying whether to build electric cars.")
                .hasSignal("tarrowind", evradar.avro.EvStatus.EXPLORING);
    }

    @Test
    void aContractCarmakerBuildsClientsCarsNotItsOwn() {
        extract("2021-11-16", "Plant",
                "Sono Motors signed a contract with Valmet Automotive to produce its Sion solar electric car. "
                        + "Production is scheduled to start in 2023 at Valmet's plant, where the contract manufacturer "
                        + "has previously assembled cars for German brands.")
                .hasNoSignal("valmet-automotive").hasSignal("sono-motors", evradar.avro.EvStatus.DEVELOPING);
        extract("2018-02-20", "Plant",
                "Italian contract manufacturer Tessaro Automotive will build Corvane Motors' first electric SUV "
                        + "near Turin, with output due to start in 2019.")
                .hasNoSignal("tessaro");
    }

    @Test
    void fleetsAndTheGoodsVansDeliverAreNoCarsMade() {
        extract("2021-10-25", "Rentals",
                "\"We are building the largest electric rental fleet in North America,\" said Hertz chief executive "
                        + "Stephen Scherr.")
                .hasNoSignal("hertz");
        extract("2020-06-01", "Vans",
                "Walmart agreed to buy 4,500 electric delivery vans from Canoo. Walmart will use the compact vans to "
                        + "deliver online orders from its stores.")
                .hasNoSignal("walmart");
    }
}
