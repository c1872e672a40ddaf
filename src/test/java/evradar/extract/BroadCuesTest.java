package evradar.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.PARTNERSHIP;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-3: each failure class written out in several syntactic shapes (possessives, passives,
 * relative clauses, appositions, nominalisations, headlines), in wordings and about firms that no
 * development set uses, with the negative cases beside them.
 */
class BroadCuesTest {

    @Nested
    class EvProductsOfIncumbents {

        @Test
        void possessiveModelNames() {
            extract("2023-03-01", "Korean carmakers win awards", "Hyundai's Ioniq 5 and Kia's EV6 keep collecting design awards in Europe.")
                    .hasSignal("hyundai", LAUNCHED).hasSignal("kia", LAUNCHED);
            extract("2023-03-01", "Nissan", "Nissan's Leaf remains one of Europe's most popular battery-electric cars.")
                    .hasSignal("nissan", LAUNCHED);
        }

        @Test
        void customerOfASupplierStillOwnsItsProduct() {
            extract("2023-03-01", "Battery deal", "Samsung SDI supplies battery cells for BMW's i3 electric hatchback and other models.")
                    .hasSignal("bmw", LAUNCHED).hasNoSignal("samsung-sdi");
            extract("2023-03-01", "SK On", "SK On has supplied the cells for Kia's EV6 since its launch.")
                    .hasSignal("kia", LAUNCHED).hasPartnership("kia", "sk-on", SUPPLY);
        }

        @Test
        void rivalsNamedByTheirEvs() {
            extract("2023-03-01", "Togg abroad",
                    "In Germany, Togg will compete with Volkswagen's ID.4, Tesla's Model Y and electric hatchbacks from MG Motor.")
                    .hasSignal("volkswagen", LAUNCHED).hasSignal("tesla", LAUNCHED).hasSignal("mg-motor", LAUNCHED);
        }

        @Test
        void appositionAndRelativeClause() {
            extract("2023-03-01", "Awards", "The Ioniq 5, Hyundai's electric crossover, won the World Car of the Year award.")
                    .hasSignal("hyundai", LAUNCHED);
            extract("2023-03-01", "VW supply", "Volkswagen, which builds its own ID. family of electric cars on the MEB, "
                    + "described the deal as its first supply partnership in South Asia.")
                    .hasSignal("volkswagen", LAUNCHED);
        }

        @Test
        void combustionProductsAndGenericCarsAreNoEvidence() {
            extract("2023-03-01", "Great Wall", "Great Wall's petrol Tank brand sold 20,000 SUVs in March.")
                    .hasNoSignal("great-wall-motors");
            extract("2022-06-17", "Rimac", "Rimac Automobili handed over the first Nevera electric hypercar. "
                    + "Porsche owns a stake in Rimac and uses some of its technology in its own sports cars.")
                    .hasNoSignal("porsche");
        }
    }

    @Nested
    class Exits {

        @Test
        void ownOnlyCarAbandoned() {
            extract("2024-01-01", "t", "Sono Motors abandoned its Sion solar car early last year and now sells solar kits for buses.")
                    .hasSignal("sono-motors", EXITED);
            extract("2024-01-01", "t", "Sono Motors has abandoned development of its Sion solar electric car after a funding campaign fell short.")
                    .hasSignal("sono-motors", EXITED);
        }

        @Test
        void incumbentDroppingOneModelHasNotExited() {
            extract("2024-01-01", "t", "Ford ended production of the Fiesta small car in Cologne.").hasNoSignal("ford");
            extract("2024-01-01", "t", "Volkswagen halted production at its Zwickau electric-car plant for two weeks "
                    + "because of a parts shortage.").hasSignal("volkswagen", LAUNCHED);
            extract("2024-01-01", "t", "BMW dropped its outlook for electric car sales.").hasSignal("bmw", LAUNCHED);
        }

        @Test
        void divestedEvArm() {
            extract("2024-01-01", "t", "Brennwald sold off its EV arm to a Chinese buyer in January.")
                    .mentions("brennwald").hasSignal("brennwald", EXITED);
            extract("2024-01-01", "t", "Toyota sold its stake in Tesla in 2017.").hasNoSignal("toyota");
        }

        @Test
        void insolvencyInItsForms() {
            extract("2024-01-01", "t", "Electric-car start-up Kestrel Motors entered administration on Thursday after failing "
                    + "to secure fresh funding.").hasSignal("kestrel", EXITED);
            extract("2024-01-01", "t", "Arrival was placed into administration after it failed to raise new money for its electric vans.")
                    .hasSignal("arrival", EXITED);
            extract("2024-01-01", "t", "Lordstown Motors, the Ohio electric pickup maker, sought Chapter 11 protection on Tuesday.")
                    .hasSignal("lordstown-motors", EXITED);
            extract("2024-01-01", "t", "e.GO Mobile, the Aachen maker of the tiny e.GO Life, ceased production in April "
                    + "after its second insolvency filing.").hasSignal("ego-mobile", EXITED);
            extract("2024-01-01", "t", "Nikola's bankruptcy filing ended its run as a listed truck maker.")
                    .hasSignal("nikola", EXITED);
        }

        @Test
        void effortAsSubjectOrObject() {
            extract("2024-01-01", "t", "Dyson's electric car project was shelved in 2019 after the company concluded it "
                    + "could not make it profitable.").hasSignal("dyson", EXITED);
            extract("2024-01-01", "t", "Ola Electric has put its electric-car programme on hold to concentrate on two-wheelers.")
                    .hasSignal("ola-electric", EXITED);
            extract("2024-01-01", "t", "Xiaomi scrapped plans to build electric cars.").hasSignal("xiaomi", EXITED);
        }

        @Test
        void hedgedOrForeignPlantClosuresAreNoExit() {
            extract("2024-01-01", "t", "Ford may shelve its electric pickup if demand stays weak, analysts said.")
                    .hasSignal("ford", LAUNCHED);
            extract("2023-07-04", "BYD in Bahia", "BYD will invest in three factories for plug-in hybrid cars on the site Ford vacated "
                    + "when it ceased manufacturing in Brazil in 2021.").hasNoSignal("ford");
        }
    }

    @Nested
    class Development {

        @Test
        void approvalTestingAndPilotWork() {
            extract("2024-01-01", "t", "Vayve Mobility says its Eva city car has completed homologation and is now open for bookings.")
                    .hasSignal("vayve-mobility", DEVELOPING);
            extract("2024-01-01", "t", "Test mules of Ola Electric's electric car have been spotted near Bengaluru.")
                    .hasSignal("ola-electric", DEVELOPING);
            extract("2024-01-01", "t", "Zeta Motors has started trial production of its electric pickup at a pilot plant in Ohio.")
                    .hasSignal("zeta-motors", DEVELOPING);
            extract("2024-01-01", "t", "Pre-production versions of the Zeta Motors electric SUV are undergoing winter testing in Sweden.")
                    .hasSignal("zeta-motors", DEVELOPING);
        }

        @Test
        void preSalesInManyWordings() {
            extract("2024-01-01", "t", "Bookings for the Zeta Motors electric SUV opened on Monday.").hasSignal("zeta-motors", DEVELOPING);
            extract("2024-01-01", "t", "More than 20,000 customers have reserved a Zeta Motors car with a down payment.")
                    .hasSignal("zeta-motors", DEVELOPING);
            extract("2024-01-01", "t", "Zeta Motors has taken 3,000 pre-orders for its electric van.").hasSignal("zeta-motors", DEVELOPING);
        }

        @Test
        void plantsAndProductionStart() {
            extract("2024-01-01", "t", "Zeta Motors is building a car plant in Georgia.").hasSignal("zeta-motors", DEVELOPING);
            extract("2024-01-01", "t", "Construction of Zeta Motors' electric-car factory is 80 percent complete.")
                    .hasCompanies("zeta-motors").hasSignal("zeta-motors", DEVELOPING);
            extract("2024-01-01", "t", "Zeta Motors said start of production for its electric SUV is scheduled for the third quarter.")
                    .hasSignal("zeta-motors", DEVELOPING);
        }

        @Test
        void aBatteryMakersPlantIsNotACarEffort() {
            extract("2020-06-19", "t", "Daimler sells electric cars. Farasis is building a factory in Germany to serve European customers.")
                    .hasNoSignal("farasis");
        }

        @Test
        void stoppedWorkIsNotDevelopment() {
            extract("2024-01-01", "t", "Zeta Motors halted work on tooling for the electric vehicle.").hasNoSignal("zeta-motors");
        }
    }

    @Nested
    class RumoursAndExploration {

        @Test
        void thirdPartiesInVariedWordings() {
            extract("2024-04-18", "t", "Reliance Industries has been in early talks with Tesla about a manufacturing tie-up, "
                    + "a source close to the company said this week, in what would mark the conglomerate's entry into car production.")
                    .hasSignal("reliance-industries", RUMORED).hasPartnership("reliance-industries", "tesla", IN_TALKS);
            extract("2024-04-18", "t", "Ola Electric, which according to people who have seen the programme is still quietly "
                    + "working on the electric car it promised for this year, is not seen as a candidate.")
                    .hasSignal("ola-electric", RUMORED);
            extract("2021-11-02", "t", "Reliance Industries could eventually be tempted into electric vehicles as well, some analysts speculate.")
                    .hasSignal("reliance-industries", RUMORED);
            extract("2021-11-02", "t", "Insiders say Meizu is working on an electric sedan.").hasSignal("meizu", RUMORED);
        }

        @Test
        void ownOpenStudy() {
            extract("2021-11-02", "t", "Ola Electric hasn't ruled out building a car, founder Bhavish Aggarwal said in a recent interview.")
                    .hasSignal("ola-electric", EXPLORING);
            extract("2021-11-02", "t", "Vivo has hired a team to look at building an electric SUV.").hasSignal("vivo", EXPLORING);
            extract("2021-11-02", "t", "Meizu has commissioned a feasibility study on building electric cars, its chairman said.")
                    .hasSignal("meizu", EXPLORING);
        }
    }

    @Nested
    class Partnerships {

        @Test
        void supplyInItsForms() {
            extract("2023-01-01", "t", "Zeta Motors will use cells from Nordcell AB under a binding offtake agreement.")
                    .hasPartnership("nordcell", "zeta-motors", SUPPLY);
            extract("2023-01-01", "t", "VinFast signed a memorandum with Gotion to explore cell supply, on top of its existing "
                    + "cell arrangement with LG Energy Solution.")
                    .hasPartnership("gotion", "vinfast", PARTNERSHIP).hasPartnership("lg-energy-solution", "vinfast", SUPPLY);
        }

        @Test
        void licensingIsAPartnership() {
            extract("2023-01-01", "t", "Orion Auto has licensed a platform from Chery for its first models.")
                    .hasPartnership("chery", "orion", PARTNERSHIP);
            extract("2023-01-01", "t", "Orion Auto will build its electric SUVs on a licensed Geely platform.")
                    .hasPartnership("geely", "orion", PARTNERSHIP);
        }

        @Test
        void venturesByPossessorAndApposition() {
            extract("2023-01-01", "t", "Siro, Togg's battery venture with Farasis Energy, will start cell production next year.")
                    .mentions("siro").hasPartnership("farasis", "togg", JOINT_VENTURE).hasNoPartnership("siro", "togg");
            extract("2023-01-01", "t", "LG Energy Solution is building a cell plant in Indonesia with Hyundai Motor Group.")
                    .hasPartnership("hyundai", "lg-energy-solution", JOINT_VENTURE);
        }

        @Test
        void fundingAndTalksInOneSentenceKeepTheirTypes() {
            extract("2023-01-01", "t", "Kestrel Motors was revived with money from Ardent Vale Capital; it is in talks with "
                    + "Valmet Automotive about building its crossover.")
                    .hasPartnership("ardent-vale", "kestrel", INVESTMENT).hasPartnership("kestrel", "valmet-automotive", IN_TALKS);
            extract("2023-05-16", "t", "LONDON, May 16, 2023 — Ardent Vale Capital announced an equity injection of £45 million "
                    + "into Kestrel Motors.").hasPartnership("ardent-vale", "kestrel", INVESTMENT);
        }

        @Test
        void contractProductionIsManufacturing() {
            extract("2023-01-01", "t", "Maruti Suzuki will produce a battery-electric SUV for Toyota at its plant in Gujarat.")
                    .hasPartnership("maruti-suzuki", "toyota", MANUFACTURING);
        }

        @Test
        void sitesAndTitlesAreNoTies() {
            extract("2023-01-01", "t", "Great Wall Motor will start producing cars at the former Mercedes-Benz plant in Iracemapolis.")
                    .hasNoPartnership("great-wall-motors", "mercedes-benz");
            extract("2023-01-01", "t", "BYD will invest 3 billion reais in a complex of factories on the site Ford vacated in 2021.")
                    .hasNoPartnership("byd", "ford");
            extract("2023-01-01", "t", "Kestrel Motors said the plan was approved, said Tomas Reyes, managing partner of Ardent Vale Capital.")
                    .hasNoPartnerships();
        }
    }

    @Nested
    class Companies {

        @Test
        void personOfFirm() {
            extract("2024-01-01", "t", "Building alone would be slower, argues Vivek Menon of Kotak Institutional Equities.")
                    .hasCompanies("kotak-institutional");
            extract("2024-01-01", "t", "Ray Thornton of Kallisto Research warns that the parent's support might not last.")
                    .hasCompanies("kallisto");
        }

        @Test
        void firmsByRoleDesignatorOrOwnUnit() {
            extract("2024-01-01", "t", "Analysts at Motilal Oswal said the valuation was positive for Indian carmakers.")
                    .hasCompanies("motilal-oswal");
            extract("2024-01-01", "t", "Separately, BYD signed a memorandum of understanding with WEG S.A., the Santa Catarina-based "
                    + "maker of motors and drives, to cooperate on charging.").hasCompanies("byd", "weg");
            extract("2024-01-01", "t", "Kestrel Motors entered administration, with Interpath Advisory appointed as administrators.")
                    .mentions("interpath").hasNoPartnerships();
            extract("2024-01-01", "t", "Meanwhile Ferrolux, a Sao Paulo start-up founded by aerospace engineers, said it has hired "
                    + "a team to look at a compact electric pickup.").hasCompanies("ferrolux").hasSignal("ferrolux", EXPLORING);
        }

        @Test
        void slugsFoldLettersWithoutMarks() {
            extract("2024-01-01", "t", "Deniz Aksoy, an automotive analyst at Ak Yatırım, expects more electric cars.")
                    .mentions("ak-yatirim");
        }
    }
}
