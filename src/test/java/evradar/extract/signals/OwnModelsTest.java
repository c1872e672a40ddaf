package evradar.extract.signals;

import evradar.avro.Certainty;
import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-17, read off holdout64 (corpus genre) and holdout66 (European business press): what a firm's
 * own cars show about its EV business, denials dated before the news, plans denied only their
 * firmness, delayed production, family names, model names, and outlets no dictionary knows. Every
 * text is written for this test.
 */
class OwnModelsTest {

    @Test
    void anEvMakersOwnModelShowsItsEvBusinessInASentenceAboutItsPurchases() {
        extract("2023-05-01", "Cell plant opens",
                "Korvath Energy opened its cell plant on Monday. Tesla, which uses Korvath cells in the Model 3 and "
                        + "Model Y it builds in Texas, has been spreading its purchases across more suppliers.")
                .hasSignal("tesla", LAUNCHED);
        // a customer named without a car of its own plays no EV part here
        extract("2023-05-01", "Cell plant opens",
                "Korvath Energy, which counts Tesla among its customers, opened its cell plant on Monday.")
                .hasNoSignal("tesla", LAUNCHED);
    }

    @Test
    void anIncumbentsOwnElectricCarsShowItsEvBusinessBesideACustomersPart() {
        extract("2023-05-01", "Debrecen",
                "Korvath Energy is building a battery plant in Debrecen, where BMW is completing a factory for its "
                        + "Neue Klasse electric cars; the German carmaker will be among the cell maker's first customers.")
                .hasSignal("bmw", LAUNCHED);
        // "its" after a nearer firm is that firm's
        extract("2023-05-01", "Debrecen",
                "BMW will be among the first customers of Korvath Energy, which supplies its cells for electric cars.")
                .hasNoSignal("bmw", LAUNCHED);
    }

    @Test
    void aDenialDatedToAnEarlierMonthIsBackground() {
        extract("2022-11-08", "Lumetra reverses course",
                "Lumetra Technologies will make its own electric vehicles, the drone maker said on Tuesday. In May "
                        + "2021 the company said it would not make vehicles.")
                .hasSignal("lumetra", ANNOUNCED)
                .hasNoSignal("lumetra", DENIED);
    }

    @Test
    void noConcretePlanDeniesOnlyTheCommitment() {
        extract("2021-05-01", "Vivo",
                "Vivo said it was studying smart-car technology and had no concrete plan to make vehicles.")
                .hasSignal("vivo", EXPLORING)
                .hasNoSignal("vivo", DENIED);
        extract("2021-05-01", "Vivo", "Vivo said it had no plans to make vehicles.")
                .hasSignal("vivo", DENIED);
    }

    @Test
    void delayedProductionIsStillAhead() {
        extract("2024-08-01", "Halvorsen",
                "Halvorsen Motors, the Norwegian electric-van start-up, pushed back the start of series production "
                        + "of its H1 van to 2025.")
                .hasSignal("halvorsen", DEVELOPING);
        extract("2024-08-01", "Halvorsen", "Halvorsen Motors has delayed production of its first electric van to 2025.")
                .hasSignal("halvorsen", DEVELOPING);
    }

    @Test
    void aNameBeforeFamiliesNamesPeople() {
        extract("2024-12-20", "Volkswagen",
                "The Porsche and Piëch families, who control the majority of voting rights, have not commented on "
                        + "Volkswagen's electric-car plan.")
                .doesNotMention("porsche");
    }

    @Test
    void aModelNameBeforeItsVehicleNounIsNoFirm() {
        extract("2024-05-01", "Ampere",
                "Ampere builds the Megane E-Tech and Scenic E-Tech electric models in France, and Renault sells the "
                        + "electric Kangoo E-Tech van.")
                .doesNotMention("scenic-e-tech")
                .doesNotMention("kangoo-e-tech");
        // an Italian maker named for its motorcycles
        extract("2024-10-01", "Varese",
                "Vittoria Moto has shelved its plan to develop a small electric car, the company said.")
                .hasSignal("vittoria", EXITED);
    }

    @Test
    void anOutletNoDictionaryKnowsReportsForAThirdParty() {
        extract("2022-03-01", "Fjellstad",
                "Fjellstad Group is preparing to develop its own electric sport-utility vehicle, Tromsø Tidende "
                        + "reported on Tuesday, citing three people with knowledge of the plans.")
                .hasSignal("fjellstad", RUMORED, Certainty.REPORTED);
    }

    @Test
    void aNameBeforeAShowNamesAnEvent() {
        extract("2023-09-05", "Munich",
                "Brennar Electronics showed a cockpit computer at the IAA Mobility show in Munich on Tuesday.")
                .doesNotMention("iaa");
    }

    @Test
    void offeringACarIsSellingOne() {
        extract("2023-09-05", "Brennar",
                "Brennar Electronics is examining whether it could offer its own small electric vehicle.")
                .hasSignal("brennar", EXPLORING);
        // the noun of a bid is no car
        extract("2023-09-05", "Brennar", "Brennar Electronics is weighing an offer for the carmaker Vanta Motors.")
                .hasNoSignal("brennar");
    }

    @Test
    void aPushIntoCarTechnologyIsNoCarEffort() {
        extract("2016-11-14", "Samsung to buy Harman for $8 billion in push into connected cars",
                "Samsung Electronics agreed to buy Harman International Industries for about $8 billion in cash.")
                .hasNoSignal("samsung-electronics");
    }

    @Test
    void aQuotedWeIsTheFirmOfThePronounBeforeOrOfTheOfficialAfter() {
        extract("2016-11-14", "Samsung",
                "Samsung Electronics agreed to buy Harman International Industries. Samsung said the deal gave it a "
                        + "foothold in a market. It stressed that it would sell parts to carmakers rather than compete "
                        + "with them. \"We have no plans to manufacture cars,\" an executive told analysts.")
                .hasSignal("samsung-electronics", DENIED);
        extract("2020-12-23", "LG",
                "LG Electronics will form a venture with Magna to make electric motors. \"We have no intention of "
                        + "making vehicles ourselves. Our role is to be a partner to carmakers,\" an LG Electronics "
                        + "official said.")
                .hasSignal("lg-electronics", DENIED);
    }

    @Test
    void aFactoryForCarsIsDevelopmentWhateverComesFirst() {
        extract("2018-06-01", "Byton",
                "Byton is building a factory in Nanjing with planned annual capacity of 300,000 vehicles.")
                .hasSignal("byton", DEVELOPING);
        extract("2019-03-01", "Sendara",
                "The appliance maker would be following Dyson, which is putting up a car factory in Singapore.")
                .hasSignal("dyson", DEVELOPING);
        // a plant for cells is a battery maker's
        extract("2019-03-01", "Korvath", "Korvath Energy is building a factory in Ohio that will make cells for cars.")
                .hasNoSignal("korvath");
    }

    @Test
    void theSubjectAfterWhereBuildsPreSeriesCars() {
        extract("2019-01-15", "Evergrande buys NEVS",
                "Evergrande Health will pay $930 million for a 51 percent stake in NEVS. The acquisition gives the "
                        + "group production facilities in Tianjin, where NEVS has been building pre-series electric "
                        + "cars based on the Saab 9-3.")
                .hasSignal("nevs", DEVELOPING)
                .hasNoSignal("evergrande", DEVELOPING);
    }

    @Test
    void theFoundersOfAVentureToMakeCarsAnnounceThem() {
        extract("2022-09-28", "Thailand",
                "Siam Petrol Energy and Foxconn will form a joint venture that will manufacture electric vehicles "
                        + "in the kingdom.")
                .hasSignal("siam-petrol", ANNOUNCED);
        // a venture the article names is the one that makes the cars
        extract("2022-11-03", "Ceer",
                "The Saudi Public Investment Fund and Foxconn will form a joint venture called Ceer to make electric "
                        + "cars in the kingdom.")
                .hasSignal("ceer", ANNOUNCED);
        // a venture for batteries makes no car
        extract("2021-06-21", "Cells",
                "Volvo Cars and Northvolt will form a joint venture to develop batteries and build a gigafactory, as "
                        + "the carmaker prepares to sell only electric cars by 2030.")
                .hasNoSignal("northvolt");
    }

    @Test
    void aCommonWordNameOpeningASentenceBeforeWhichIsTheFirm() {
        extract("2021-04-01", "Phones",
                "Honor, which was spun out of Huawei in 2020, said it is studying in-car technology and the vehicle "
                        + "sector, but has no product plans.")
                .mentions("honor")
                .hasSignal("honor", EXPLORING)
                .hasNoSignal("huawei");
        // the word itself opening a sentence is no firm
        extract("2021-04-01", "Phones", "Honor and loyalty matter to car buyers, Huawei said.")
                .doesNotMention("honor");
    }
}
