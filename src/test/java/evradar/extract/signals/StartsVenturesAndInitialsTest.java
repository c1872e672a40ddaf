package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.PartnershipType.ENDED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-14 (studied on holdout47–48): "the start of sales" is an event whose verb says whether it
 * has happened; two firms halting "their venture" end a tie, not their EV business; launching a
 * joint venture founds a firm and sells no car; and a firm named in full is named again by its
 * initials ("Faraday Future" ... "FF"), but not by the letters after a model name; and a repeated
 * unknown name that owns a vehicle ("Velmora's first EV") is a firm's; refitting a plant to build cars
 * is development; an exit dated "last June" is background to today's news; a firm that "put an
 * electric minibus on sale" sells EVs; getting a car "into mass production" is development; and a
 * predicate after a closed relative clause is its antecedent's, so a firm whose phones the subject
 * assembles is neither its subject nor the owner of its cars; an owner named only to place its unit
 * ("Porsche, part of the Volkswagen group") plays no car role; a firm that "picks" a maker or a site to
 * build its car has made a production arrangement; a concept shown announces a car, a prototype shown is
 * one under development. Every text is written for this test.
 */
class StartsVenturesAndInitialsTest {

    @Test
    void aDelayedStartOfSalesIsNoSale() {
        extract("2023-11-21", "Delay",
                "Kestrana Technologies has pushed the start of sales of its electric hatchback back to the second "
                        + "half of 2026, the company said on Tuesday.")
                .hasNoSignal("kestrana", LAUNCHED);
    }

    @Test
    void haltingTheirVentureEndsATieNotTheirEvBusiness() {
        extract("2023-11-08", "Van venture halted",
                "Rivian and Mercedes-Benz have halted their electric van venture in Europe, Rivian said on Tuesday.")
                .hasPartnership("mercedes-benz", "rivian", ENDED)
                .hasNoSignal("rivian", EXITED)
                .hasNoSignal("mercedes-benz", EXITED);
        // one firm's own venture still ends its effort
        extract("2023-11-08", "Venture halted", "Rivian has halted its electric van venture in Europe.")
                .hasSignal("rivian", EXITED);
    }

    @Test
    void launchingAJointVentureSellsNoCar() {
        extract("2021-07-08", "Open for business",
                "LG Electronics and Magna International have officially launched their joint venture, LG Magna "
                        + "e-Powertrain, which will make motors and chargers for carmakers.")
                .hasNoSignal("lg-electronics", LAUNCHED);
    }

    @Test
    void aFirmNamedInFullIsNamedAgainByItsInitials() {
        extract("2018-10-02", "Cash",
                "Faraday Future said on Monday it had raised fresh money. FF has been hand-building pre-production "
                        + "crossovers at a plant in Hanford.")
                .hasSignal("faraday-future", DEVELOPING);
        // the letters after a model name are its version
        extract("2023-03-07", "Price war",
                "Dongfeng Motor cut prices on Monday. BYD cut the price of its Qin Plus DM hybrid sedan by 10 percent.")
                .hasMentionCount("dongfeng-motor", 1);
    }

    @Test
    void aRepeatedNameThatOwnsAnEvIsAFirms() {
        extract("2022-06-21", "Spied",
                "Camouflaged Velmora prototypes have been spotted on a test track in Spain. Velmora's first EV is a "
                        + "midsize sedan, and a contract manufacturer will build it from 2025. Velmora designs the car "
                        + "and handles sales.")
                .hasSignal("velmora", DEVELOPING);
    }

    @Test
    void refittingAPlantToBuildCarsIsDevelopment() {
        extract("2017-08-02", "Hanford",
                "Faraday Future has begun refitting a former tyre factory in Hanford, California, to build its first "
                        + "electric car.")
                .hasSignal("faraday-future", DEVELOPING);
        // in the future it is a plan; a contract assembler's line for another firm's car is no car of its own
        extract("2017-08-02", "Bratislava", "Kestrel Motors will retool its plant near Bratislava to build electric cars from 2026.")
                .hasNoSignal("kestrel", DEVELOPING);
        extract("2022-04-05", "K1",
                "Tomoe Mobility began deliveries of its K1 electric microcar on Monday. Final assembly has been entrusted "
                        + "to Hamana Body Works Co., Ltd., which has converted one of its lines for the purpose.")
                .hasNoSignal("hamana-body");
    }

    @Test
    void anExitDatedLastJuneIsBackgroundToTodaysDenial() {
        extract("2025-02-19", "Kestrana rules out a return to cars",
                "The plant was once meant to build a hatchback for Kestrana Technologies, which abandoned its car plans "
                        + "last June. Its new chief executive said on Tuesday that the company would stick to appliances.")
                .hasSignal("kestrana", DENIED);
        // a state that goes on since then is no background
        extract("2025-02-19", "Deliveries",
                "Lumora Motors has delivered about 71,000 electric SUVs since last September, the company said.")
                .hasSignal("lumora", LAUNCHED);
    }

    @Test
    void puttingAnEvOnSaleIsSellingIt() {
        extract("2025-02-19", "Minibus",
                "Valdoro Motors put an electric minibus on sale on Wednesday, its second battery-powered model.")
                .hasSignal("valdoro", LAUNCHED);
        // a sale to come is a plan
        extract("2024-02-19", "Plan",
                "Kestrel Motors will put three electric SUVs on sale by the end of 2025, executives said.")
                .hasNoSignal("kestrel", LAUNCHED);
    }

    @Test
    void gettingACarIntoMassProductionIsDevelopment() {
        extract("2021-06-14", "Production",
                "Kestrel Motors got its first electric SUV into mass production in March, the company said.")
                .hasSignal("kestrel", DEVELOPING);
        // "within three years" is a horizon: a plan
        extract("2021-01-14", "Roadster",
                "Kestrel Motors was founded in 2019. Its founder says the company will put its electric roadster into "
                        + "production within three years.")
                .hasNoSignal("kestrel", DEVELOPING);
    }

    @Test
    void aPredicateAfterAClosedRelativeClauseIsItsAntecedents() {
        extract("2020-10-16", "Platform",
                "Foxconn is expanding into cars. The Taiwanese group, which assembles most of Apple's iPhones, is "
                        + "building electric prototypes with several carmakers.")
                .hasSignal("foxconn", DEVELOPING)
                .hasNoSignal("apple");
        extract("2025-07-02", "OEM deal",
                "Mitsubishi Motors, in which Nissan holds a 24% stake, sells the Outlander plug-in hybrid in the United "
                        + "States.")
                .hasSignal("mitsubishi-motors", LAUNCHED);
        // a firm after a preposition in the subject's modifier is not the antecedent
        extract("2024-06-03", "Deliveries",
                "Zeekr, the premium electric car maker controlled by Geely, which listed in New York last month, "
                        + "delivered 18,616 units in May.")
                .hasSignal("zeekr", LAUNCHED)
                .hasNoSignal("geely");
    }

    @Test
    void anOwnerNamedOnlyToPlaceItsUnitPlaysNoCarRole() {
        extract("2024-10-01", "Robotaxi",
                "Zeekr, the premium electric brand of China's Geely, will build a dedicated electric vehicle for a "
                        + "ride-hailing service, the company said.")
                .hasNoSignal("geely");
        extract("2019-09-04", "Taycan",
                "Porsche, part of the Volkswagen group, sells plug-in hybrid versions of its Panamera and Cayenne.")
                .hasSignal("porsche", LAUNCHED)
                .hasNoSignal("volkswagen");
        // a brand that is no firm of its own is sold by its owner
        extract("2022-09-20", "Funky Cat",
                "The Funky Cat is the first car to reach Britain from Ora, the electric-only brand of Chinese giant "
                        + "Great Wall Motor.")
                .hasSignal("great-wall-motors", LAUNCHED);
    }

    @Test
    void pickingAMakerOrASiteToBuildTheCarIsDevelopment() {
        extract("2018-10-23", "Site", "Dyson picks Singapore to build its first electric car, the company said on Tuesday.")
                .hasSignal("dyson", DEVELOPING);
        extract("2023-03-14", "Maker",
                "Norrik Motors picks Wendelstein Fahrzeugwerk to assemble its first electric SUV, the start-up said.")
                .hasSignal("norrik", DEVELOPING);
        // a choice still to be made is a plan
        extract("2017-10-23", "Site", "Dyson will pick a site to build its first electric car next year.")
                .hasNoSignal("dyson", DEVELOPING);
    }

    @Test
    void aConceptShownAnnouncesACarAPrototypeShownIsDevelopment() {
        extract("2018-02-08", "Show", "Kestrel Motors unveiled a two-seat electric off-roader concept at the Delhi show.")
                .hasSignal("kestrel", ANNOUNCED);
        extract("2018-02-08", "Show", "Kestrel Motors unveiled a prototype of its electric SUV at the Delhi show.")
                .hasSignal("kestrel", DEVELOPING);
    }
}
