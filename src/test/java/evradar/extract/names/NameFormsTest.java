package evradar.extract.names;

import evradar.avro.PartnershipType;
import org.junit.jupiter.api.Test;

import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-5: organisation names that the dictionary does not know, found by the roles and forms
 * around them; with the readings that must stay products, places or ordinary words. Every name
 * below is invented for this test.
 */
class NameFormsTest {

    @Test
    void compoundDescriptorBeforeAName() {
        extract("2022-01-01", "Carmaker owners",
                "The carmaker is owned by five groups, among them mobile operator Vodacell and Karadeniz Holding.")
                .mentions("vodacell");
        extract("2022-01-01", "Design",
                "The body was styled by Italian design house Carrozzeria Vento.")
                .mentions("carrozzeria-vento");
        extract("2022-01-01", "Plant",
                "Thai state energy group PKX and Foxconn broke ground on a car plant in Rayong.")
                .mentions("pkx");
        extract("2022-01-01", "Venture",
                "The plant will be run by their joint venture Blue Meridian, the companies said.")
                .mentions("blue-meridian");
    }

    @Test
    void legalFormKeptWhenTheRestOnlyDescribes() {
        extract("2022-01-01", "Battery pact",
                "Malaysia Battery Corporation signed an agreement with CATL on a cell plant.")
                .mentions("malaysia-battery-corporation");
        extract("2022-01-01", "Holding",
                "Contoso Technologies Ltd will supply the sensors.")
                .mentions("contoso");
    }

    @Test
    void hyphenatedNameAfterADescriptor() {
        extract("2022-01-01", "Owner",
                "Proton is half owned by conglomerate Nusa-Hicom.")
                .mentions("nusa-hicom");
    }

    @Test
    void capitalisedAcronymAtTheStartOfASentence() {
        extract("2022-01-01", "Vans",
                "Arrival delivered its first vans. UPS, which ordered 10,000 of them, received only a few.")
                .mentions("ups");
    }

    @Test
    void camelCaseNameInApposition() {
        extract("2022-01-01", "Slovak car",
                "GreenDrive Slovakia, the state-backed company developing a small electric car, picked a platform on Monday.")
                .mentions("greendrive-slovakia");
    }

    @Test
    void fullFirmNameBeginningWithABrand() {
        extract("2022-01-01", "Takeover",
                "A plan to list the startup through Hong Kong-listed Apollo Harbour Mobility Group was terminated.")
                .mentions("apollo-harbour")
                .doesNotMention("baidu");
    }

    @Test
    void modelAndPlaceReadingsStay() {
        extract("2022-01-01", "Hyundai",
                "Hyundai already sells the Kona Electric and the Ioniq Electric in Europe.")
                .doesNotMention("ioniq");
        extract("2022-01-01", "Analysts",
                "The price is aggressive, said analysts at Pune-based Kalpa Research.")
                .doesNotMention("pune");
    }

    @Test
    void tradeWordsCloseAFirmName() {
        extract("2022-01-01", "Appliances",
                "Halcyon Appliances said it would build an electric hatchback. Halcyon shares rose 4%.")
                .hasCompanies("halcyon");
        extract("2022-01-01", "Engines",
                "Geely and Renault folded their engine plants into Tarrant Powertrain last year.")
                .mentions("tarrant");
        extract("2022-01-01", "Games",
                "Kairo Interactive denied building a car.")
                .mentions("kairo");
    }

    @Test
    void provinceLeadingARegisteredNameIsNotItsShortName() {
        extract("2022-01-01", "Appliance maker",
                "Guangdong Lianfeng Home Appliances Group confirmed it will make electric cars. "
                        + "Lianfeng has hired 300 engineers.")
                .hasCompanies("lianfeng");
    }

    @Test
    void aBareNameTheArticleKeepsUsingAsAFirmsIsAFirm() {
        extract("2022-01-01", "Zorvex weighs a car",
                "Zorvex said on Wednesday that it is evaluating electric vehicles. Zorvex's chief executive told "
                        + "analysts the phone business comes first. Zorvex reported a fall in revenue.")
                .hasCompanies("zorvex");
    }

    @Test
    void aBareNameThatDeniesOrRulesOutCarsIsAFirm() {
        // its acts come after a modal and a negation: "will not make", "is not building", "rules out"
        extract("2025-02-12", "Kordell rules out making cars",
                "Kordell will not make cars, its chief executive said on Wednesday. \"Kordell has no plans to build a "
                        + "car,\" he said.")
                .hasCompanies("kordell");
        extract("2022-06-15", "Nuvio denies car plan",
                "\"Nuvio is not building a car,\" the company said. Nuvio's recruitment pages still list openings.")
                .hasCompanies("nuvio");
        // a person who "will not make" a prediction is still a person
        extract("2022-01-01", "Interview",
                "Ingrid Halvik runs the car unit of Norsk Batteri AS. Halvik will not make a forecast. Halvik said "
                        + "orders open soon.")
                .doesNotMention("halvik");
    }

    @Test
    void aBareNameThatAlsoNamesItsCarIsAFirm() {
        // "the Nuvio sedan" is the firm's car, named after it, not a reading that rules the firm out
        extract("2023-11-08", "Nuvio signs JAC to build its first car",
                "Nuvio has signed a contract with JAC Motors to manufacture its first electric car. JAC will assemble "
                        + "the Nuvio sedan at its Hefei plant. Nuvio will sell the car through its own stores.")
                .hasCompanies("nuvio", "jac-motors");
    }

    @Test
    void aRecurringSurnamePlaceOrUnionIsNoFirm() {
        extract("2022-01-01", "Interview",
                "Ingrid Halvik runs the car unit of Norsk Batteri AS. Halvik said the tests went well. Halvik said "
                        + "orders open soon, and Halvik added that prices are not set.")
                .doesNotMention("halvik");
        extract("2022-01-01", "Plant",
                "The plant in Vostrava will close. Vostrava said it regrets the decision. Vostrava said talks with "
                        + "Nissan failed, and Vostrava announced aid for workers.")
                .doesNotMention("vostrava");
        extract("2022-01-01", "Strike",
                "Workers backed by IG Metall walked out at Volkswagen. IG Metall said the strike would widen. "
                        + "IG Metall announced more action, and IG Metall said talks had failed.")
                .doesNotMention("metall");
    }

    @Test
    void aBuilderOfSomethingIsAFirm() {
        extract("2022-01-01", "Ferries",
                "Skarvik, the Bergen-based builder of battery-powered ferries, is preparing an electric SUV.")
                .mentions("skarvik");
    }

    @Test
    void aUnitNamedAfterItsParentWithOrdinaryWordsIsTheParent() {
        extract("2022-01-01", "Appliance maker",
                "Guangdong Lianfeng Home Appliances Group will make electric cars through a new unit, Lianfeng "
                        + "Intelligent Mobility, it said. Lianfeng has hired 300 engineers.")
                .hasCompanies("lianfeng");
        extract("2022-01-01", "Venture",
                "BYD and Toyota set up BYD Toyota EV Technology to develop cars.")
                .mentions("byd-toyota-ev-technology");
    }

    @Test
    void aBrandFollowedOnlyByDesignatorsIsAModel() {
        extract("2024-01-01", "Models",
                "Renault said the Megane E-Tech will be built in Douai.")
                .hasCompanies("renault");
        extract("2024-01-01", "Firm",
                "Apollo Future Mobility Group said it would build electric cars.")
                .mentions("apollo-future");
    }

    @Test
    void aCommonWordAliasAfterANameWordIsPartOfThatName() {
        extract("2022-01-01", "Stake",
                "The London investor Kestrel Vale has bought a 19 percent stake in Solenne Automobiles, a maker of "
                        + "electric city cars.")
                .doesNotMention("vale");
        extract("2022-01-01", "Nickel",
                "Brazilian miner Vale said it would supply nickel to Tesla.")
                .mentions("vale");
    }

    @Test
    void aCommonWordFirmAtASentenceStartIsNamedByItsOwnBrandBesideIt() {
        extract("2021-06-01", "Pickups",
                "Ford, which already sells the Mustang Mach-E, has drawn 70,000 reservations for its electric F-150 Lightning.")
                .hasCompanies("ford");
        extract("2021-06-01", "Shares", "Apple shares rose.")
                .hasCompanies();
    }

    @Test
    void aFirmsNameAfterAPersonsTitleIsAPerson() {
        extract("2021-02-20", "Show", "Anchor Dana Brooks opened with a report that Lucid is in talks to go public.")
                .hasCompanies("lucid");
        extract("2021-02-20", "Motors", "Lucid said Dana will supply motors.")
                .mentions("dana");
    }

    @Test
    void aPublicationWhereItReportsIsAnObserver() {
        extract("2019-05-01", "Appliance maker",
                "Hanvale Electronics has formed a team to study building its own electric car, the Seoul Industry "
                        + "Times reported on Tuesday.")
                .mentions("seoul-industry-times").hasNoSignal("seoul-industry-times")
                .hasSignal("hanvale", evradar.avro.EvStatus.RUMORED);
        extract("2019-05-01", "Appliance maker",
                "Hanvale Electronics plans to build an electric car, according to the Vistula Daily.")
                .mentions("vistula-daily");
        // not where nothing is reported, and a publication's place stays in its name
        extract("2019-05-01", "Appliance maker",
                "Hanvale Electronics said the Good News campaign would end.")
                .doesNotMention("good-news");
    }

    @Test
    void newEnergyIsOneDesignator() {
        // "New Energy" (for new-energy vehicles) closes a Chinese firm's name as one designator
        extract("2016-11-17", "Buses",
                "Gree Electric Appliances dropped its plan to acquire bus maker Zhuhai Tarlong New Energy. "
                        + "Tarlong sells its buses across China.")
                .mentions("tarlong").doesNotMention("tarlong-new");
    }

    @Test
    void aTwiceNamedFirmThatCallsItselfItOrEmploysPeople() {
        // twice is enough when the name refers to itself as "it" or has staff: a person does neither
        extract("2022-06-14", "Q&A: Tarvane's Ingrid Solheim on winter tests",
                "Nine months after Tarvane said it would build cars, its first prototypes are lapping a frozen lake.")
                .mentions("tarvane").hasSignal("tarvane", evradar.avro.EvStatus.DEVELOPING);
        // a surname said twice stays a person
        extract("2022-06-14", "Interview",
                "Ingrid Solheim runs the lab. Solheim said the tests went well.")
                .doesNotMention("solheim");
    }

    @Test
    void thePluralOfAnAbbreviationIsNoFirm() {
        // "TVs" is not TVS Motor, though a distinctive alias matches other capitalisations ("Nio")
        extract("2021-05-01", "Appliances",
                "Halvorsen Electronics makes half the heat pumps and TVs in Scandinavian living rooms.")
                .doesNotMention("tvs-motor");
    }

    @Test
    void aRecurringNameAfterAnOfficersRoleIsAPerson() {
        // rules-9: the given name after a Korean surname is no help ("Min-jae"); the role before it is
        extract("2025-01-15", "Investor day",
                "Norvik Cells has no intention of making cars, chief executive Seo Min-jae told investors. Seo said "
                        + "it would build cells. Seo said the plant would double, and Seo added that talks were under way.")
                .mentions("norvik")
                .doesNotMention("seo");
    }

    @Test
    void aPersonDescribedByHisFormerEmployerIsNoFirm() {
        // the apposition's head is "engineer"; the carmaker after "at" is where he worked
        extract("2017-10-18", "Start-up",
                "Tarvic Motors will build an electric pickup. Whitcombe, a former truck engineer at a Detroit "
                        + "carmaker, said the pickup would be aimed at ranchers.")
                .doesNotMention("whitcombe");
    }

    @Test
    void aRecurringNameThatHandsOverCarsIsAFirm() {
        extract("2026-08-25", "First drive",
                "Quorrel Kestrel first drive. Quorrel handed over the first customer Kestrels on Wednesday. The "
                        + "software is where Quorrel shows off.")
                .mentions("quorrel");
    }

    @Test
    void aGermanWorksNameAndAStartUpWhoseCarIsDescribed() {
        // rules-9: "-werk", "-technik" compounds close a German firm's name like "Motors"
        extract("2024-05-14", "Contract",
                "Wendelborn Fahrzeugwerk will build the car in Saxony.")
                .mentions("wendelborn");
        extract("2024-05-14", "Axles",
                "The drivetrain supplier Rheinau Antriebstechnik will supply the axles.")
                .mentions("rheinau");
        // an apposition head followed by "whose"
        extract("2024-05-14", "Stake",
                "Tolvane kept its holding in Norvik, the Swedish start-up whose compact electric crossover is in testing.")
                .mentions("norvik");
    }

    @Test
    void aRecurringNameBasedInACityIsAFirm() {
        extract("2021-04-06", "Rumour",
                "Shenzhen-based Orvanto is working on an electric car, a tipster claimed. Orvanto has assembled a car "
                        + "team of about 300 engineers.")
                .mentions("orvanto");
    }

    @Test
    void aRecurringNameThatSellsOrTakesWhichIsAFirm() {
        // firms begin deliveries and sell cars; "which" is for things, "who" for people
        extract("2024-04-18", "Deliveries",
                "Tarrowind began deliveries of its first car on Wednesday. Tarrowind is pitching the car on comfort. "
                        + "Tarrowind, which still earns most of its money from phones, has a core business.")
                .mentions("tarrowind");
        extract("2024-04-18", "Interview",
                "Ingrid Solheim runs the lab. Solheim began the tests in March. Solheim, who joined in 2019, is pleased.")
                .doesNotMention("solheim");
    }

    @Test
    void aRecurringNameThatActsAfterAnAuxiliaryOrIsASourceIsAFirm() {
        // rules-10: "has delivered", "will also sell"; "according to X" names a source, not a destination
        extract("2024-06-18", "Venture",
                "Tarrowind and Kestova Automobile will pool their plants. Tarrowind has delivered about 71,000 sedans. "
                        + "Tarrowind will contribute cash to the venture.")
                .mentions("tarrowind");
        extract("2022-10-20", "Prototypes",
                "Prototypes of Tarrowind's first electric car have begun road testing. Tarrowind will sell the car "
                        + "under its own brand, according to Tarrowind, which gave no date.")
                .mentions("tarrowind");
        extract("2019-07-02", "Denial",
                "Tarrowind has flatly denied that it builds cars. Tarrowind has spent a decade selling phones. "
                        + "Tarrowind sells watches too.")
                .mentions("tarrowind");
        extract("2024-04-18", "Interview",
                "Ingrid Solheim runs the lab. Solheim has said the tests begin in March. Solheim will also teach.")
                .doesNotMention("solheim");
    }

    @Test
    void aBlankCheckCompanyNumberedInItsSeriesIsAFirm() {
        extract("2021-02-23", "Merger",
                "Tollund Motors agreed to go public by merging with Pellmore Capital Corp IV, a blank-check company.")
                .mentions("pellmore")
                .hasPartnership("pellmore", "tollund", PartnershipType.INVESTMENT);
        extract("2023-08-15", "Debut",
                "Tollund Motors completed its merger with Grey Heron Acquisition, giving it a value of $8 billion.")
                .mentions("grey-heron");
    }

    @Test
    void aGermanHoldingHouseIsAFirm() {
        extract("2023-09-19", "Round",
                "Wesselried Beteiligungen has led a 3 billion yuan funding round in Tollund Motors, taking a 15% stake.")
                .mentions("wesselried")
                .hasPartnership("tollund", "wesselried", PartnershipType.INVESTMENT);
    }

    @Test
    void aRecurringNameHeldOrOwningAfterAPrepositionIsAFirm() {
        // rules-15: "Shares in X" and "a stake in X" name what is held, and "engineers in X's unit" names the
        // unit's owner; neither is a place one is in
        extract("2020-06-10", "Denial",
                "Pellmark said on Wednesday it has no plans to build cars. Pellmark makes fridges. "
                        + "Shares in Pellmark fell 3 percent.")
                .mentions("pellmark");
        extract("2022-08-02", "Software",
                "Tovrena said it will not make cars. The 300 engineers in Tovrena's software unit write code. "
                        + "Tovrena said revenue rose.")
                .mentions("tovrena");
        extract("2022-08-02", "Plant",
                "Workers in Dunsvale said the plant will close. Dunsvale has a port. Visitors came to Dunsvale.")
                .doesNotMention("dunsvale");
        extract("2022-08-02", "Battery",
                "The Solverra's battery is small. Orbalt said it builds the Solverra. Orbalt said the Solverra sells well.")
                .doesNotMention("solverra");
    }
}
