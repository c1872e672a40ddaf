package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Stage signals and incumbents' roles (rules-4), in wordings of our own: a scheduled start within
 * months is development, a distant one a plan; promised but unshown work is a plan; a built EV
 * platform is development; a route replaced "instead" is no exit; a firm named as a supplier, as a
 * person's employer or as a rival with non-EV products has no EV role.
 */
class StageAndRoleTest {

    @Test
    void deliveriesScheduledWithinMonthsAreDevelopment() {
        extract("2021-03-16", "Rivian update",
                "Rivian says it will hand over its first R1T electric pickups this summer.")
                .hasSignal("rivian", DEVELOPING);
        extract("2021-03-16", "Lucid update",
                "Lucid said it would deliver the first Air electric sedans to customers in September.")
                .hasSignal("lucid", DEVELOPING);
    }

    @Test
    void deliveriesYearsAwayAreAPlan() {
        extract("2021-03-16", "Kestrel plan",
                "Kestrel Motors said it planned to deliver the first electric pickups to customers in the second half of 2023.")
                .hasSignal("kestrel", ANNOUNCED);
    }

    @Test
    void aScheduledProductionStartIsDevelopment() {
        extract("2021-03-16", "Lordstown timing",
                "Canoo has said it will start building its electric van in Oklahoma in September.")
                .hasSignal("canoo", DEVELOPING);
        extract("2021-09-23", "Lordstown timing",
                "Canoo says it still intends to begin limited production of its electric van before the end of the year.")
                .hasSignal("canoo", DEVELOPING);
        // building a team is not building a car
        extract("2017-09-26", "Dyson car",
                "Dyson said it would build a battery-electric car. \"We've started building a strong team,\" Dyson wrote.")
                .hasSignal("dyson", ANNOUNCED);
    }

    @Test
    void promisedPrototypesAreAPlanShownOnesDevelopment() {
        extract("2020-09-23", "Foxconn models", // dated before its programme was known (KnownProgrammesTest)
                "Foxconn has said it will show its first three electric models next month.")
                .hasSignal("foxconn", ANNOUNCED);
        extract("2021-10-18", "Foxconn models",
                "Foxconn showed its first three electric prototypes in Taipei on Monday.")
                .hasSignal("foxconn", DEVELOPING);
    }

    @Test
    void aBuiltEvPlatformIsDevelopment() {
        extract("2021-10-01", "Foxconn platform",
                "Foxconn has built an open electric-vehicle platform that other brands can use.")
                .hasSignal("foxconn", DEVELOPING);
    }

    @Test
    void aRouteReplacedInsteadIsNoExit() {
        extract("2018-07-12", "Canoo factory", // dated before its programme was known
                "Canoo dropped its plan to have the vans assembled by VDL Nedcar and is instead preparing its own "
                        + "factory in Oklahoma, where it will build the electric van.")
                .hasSignal("canoo", ANNOUNCED);
        extract("2023-04-05", "Lightyear pivots",
                "Lightyear has dropped its car ambitions and will instead sell its solar roofs to carmakers.")
                .hasSignal("lightyear", EXITED);
    }

    @Test
    void aSupplierHasNoEvRole() {
        extract("2023-09-20", "KG Mobility EV",
                "KG Mobility began selling its electric SUV, which uses iron phosphate cells from China's BYD.")
                .hasSignal("kg-mobility", LAUNCHED)
                .hasNoSignal("byd");
    }

    @Test
    void anEmployerOfPeopleHasNoEvRole() {
        extract("2020-07-01", "Byton",
                "Founded by former BMW and Nissan executives, Byton had taken 60,000 reservations for its electric SUV.")
                .hasNoSignal("bmw")
                .hasNoSignal("nissan")
                .hasSignal("byton", DEVELOPING);
    }

    @Test
    void rivalsComparedWithoutEvsHaveNoEvRole() {
        extract("2025-04-24", "Slate pickup",
                "Slate Auto began taking reservations for its electric pickup. Its price would undercut Ford's "
                        + "Maverick hybrid, the cheapest pickup in America, and the Toyota Tacoma.")
                .hasNoSignal("ford")
                .hasNoSignal("toyota");
        // a rival compared in EV terms keeps its role (corpus dev-005)
        extract("2024-03-28", "Xiaomi prices SU7",
                "Xiaomi priced its SU7 electric sedan below Tesla's Model 3 and started taking orders.")
                .hasSignal("tesla", LAUNCHED);
    }

    @Test
    void aTitleBeforeAGivenNameMarksAPerson() {
        extract("2021-03-16", "Kestrel board",
                "Kestrel Motors raised $410 million for an electric pickup plant. Bluewater partner Dana Whitlock will join its board.")
                .doesNotMention("dana");
    }

    @Test
    void aCoordinatedClauseHasItsOwnSubject() {
        extract("2021-03-16", "Pickup makers",
                "Rivian says it will hand over its first pickups this summer, and Canoo has said it will start "
                        + "building its electric van in Oklahoma in September.")
                .hasSignal("canoo", DEVELOPING);
    }

    @Test
    void staffWorkingOnACarAreTheFirmsCommitment() {
        // rules-10: a participle on the firm's staff is its work, as "is working on" is; "battery-electric" is
        // no battery part, and an in-car operating system is a component
        extract("2017-09-26", "Car team",
                "Tarrowind Appliances had a team of more than 400 engineers working on a battery-electric vehicle.")
                .hasSignal("tarrowind", ANNOUNCED);
        extract("2019-05-02", "Team",
                "Tarrowind Appliances said most of its staff were software engineers working on an in-car operating "
                        + "system.")
                .hasNoSignal("tarrowind");
    }

    @Test
    void aFleetOperatorBuyingEvsSellsNone() {
        // rules-10: the dictionary's ride-hailing and rental firms take delivery of EVs; a firm named "... Mobility"
        // keeps its car role
        extract("2021-10-27", "Fleet",
                "Hertz is going electric. Hertz says the 100,000 electric cars will be delivered by the end of 2022.")
                .hasNoSignal("hertz");
        extract("2025-03-26", "Deliveries",
                "Tarrowind Electric Mobility delivered the first 150 units of its electric SUV to customers on Wednesday.")
                .hasSignal("tarrowind", LAUNCHED);
    }

    @Test
    void bothOfWhichIsAboutTheTwoFirmsNamedBefore() {
        // rules-10: a quantified relative ("both of which") on the objects before the comma, not the subject
        extract("2021-07-21", "Portfolio",
                "Tencent has owned about 5 percent of Tesla since 2017 and is one of the largest shareholders of NIO, "
                        + "both of which sell electric cars in China.")
                .hasSignal("tesla", LAUNCHED)
                .hasSignal("nio", LAUNCHED)
                .hasNoSignal("tencent");
    }
}
