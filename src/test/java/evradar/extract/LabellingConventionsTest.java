package evradar.extract;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.PartnershipType.ENDED;
import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.extract.ExtractionAssert.extract;

/**
 * The corpus README's labelling conventions, one by one, each with a text of our own in which it
 * applies and one in which it does not.
 */
class LabellingConventionsTest {

    @Test
    void c1OneSignalPerFirmTheMostAdvancedConfirmedStageWins() {
        extract("2022-05-01", "Mazda plans",
                "Mazda sells a plug-in hybrid SUV in Europe and is developing a battery-electric crossover.")
                .hasSignal("mazda", LAUNCHED);
        extract("2022-05-01", "Sony concept",
                "Sony showed an electric prototype sedan but said it has no plans to sell the car.")
                .hasSignal("sony", DEVELOPING);
    }

    @Test
    void c2ScootersAreNotEvsPlugInHybridsAre() {
        extract("2021-02-01", "Niu results",
                "Xiaomi sells electric scooters through its online store.")
                .hasNoSignal("xiaomi");
        extract("2021-02-01", "Mitsubishi hybrids",
                "Mitsubishi Motors sells the Outlander plug-in hybrid SUV across Europe.")
                .hasSignal("mitsubishi-motors", LAUNCHED);
    }

    @Test
    void c3IncumbentsNeedAnEvRole() {
        extract("2021-07-01", "Great Wall petrol SUVs",
                "Great Wall Motor expanded its petrol Tank brand of off-road SUVs to Russia.")
                .hasNoSignal("great-wall-motors");
        extract("2021-07-01", "Great Wall EV",
                "Great Wall Motor began exporting its ORA electric hatchback to Europe.")
                .hasSignal("great-wall-motors", LAUNCHED);
        // an investor gets no signal unless the article is about its own EV plans
        extract("2020-08-27", "Alibaba backs XPeng",
                "Alibaba invested $400 million in XPeng, which sells the P7 electric sedan.")
                .hasNoSignal("alibaba")
                .hasSignal("xpeng", LAUNCHED)
                .hasPartnership("alibaba", "xpeng", INVESTMENT);
    }

    @Test
    void c4AJointVentureIsLabelledBetweenItsParentsNotWithTheEntity() {
        extract("2022-07-01", "BlueOval SK",
                "BlueOvalSK, the joint venture between Ford and SK On, began building two battery plants in Kentucky.")
                .hasPartnership("ford", "sk-on", JOINT_VENTURE)
                .hasNoPartnership("blueovalsk", "ford")
                .hasNoPartnership("blueovalsk", "sk-on");
        // a parent and its own unit named as parent plus descriptor are one firm
        extract("2021-09-01", "Xiaomi EV",
                "Xiaomi EV Inc. registered with 10 billion yuan of capital.")
                .hasCompanies("xiaomi");
    }

    @Test
    void c5BrandsAreNotCompanies() {
        extract("2023-05-01", "Jeep EV",
                "Stellantis will sell an electric Jeep Avenger in Europe from June.")
                .doesNotMention("jeep")
                .mentions("stellantis");
    }

    @Test
    void c6EndedOnlyWhenNothingContinues() {
        extract("2023-10-25", "GM Honda",
                "GM and Honda dropped their plan to co-develop cheap electric cars, but GM will keep building the "
                        + "Prologue electric SUV for Honda.")
                .hasPartnership("general-motors", "honda", MANUFACTURING);
        extract("2021-05-10", "Ford Rivian",
                "Rivian and Ford called off their plan to develop an electric SUV together.")
                .hasPartnership("ford", "rivian", ENDED);
        extract("2021-01-08", "Hyundai Apple",
                "Hyundai said it is not in talks with Apple about building a car.")
                .hasPartnership("apple", "hyundai", ENDED);
        extract("2021-01-08", "Apple talks",
                "Apple is in early talks with Hyundai about building a self-driving car, a newspaper reported.")
                .hasPartnership("apple", "hyundai", IN_TALKS);
        extract("2021-03-31", "Great Wall: no agreement",
                "Great Wall Motor said it had not signed any agreement with Xiaomi.")
                .hasNoPartnerships();
    }

    @Test
    void c7DeniedIsAboutEvPlansOnly() {
        extract("2021-01-08", "Kia denial",
                "Kia denied that it was in talks with Apple about a car partnership.")
                .hasNoSignal("kia");
        extract("2023-04-17", "Huawei denial",
                "Huawei said it will not make cars under its own brand.")
                .hasSignal("huawei", DENIED);
    }

    @Test
    void c8UnnamedFirmsAreNotLabelled() {
        extract("2021-06-03", "Didi talks",
                "Didi has held early discussions with a large state-owned automaker about building its cars.")
                .hasNoPartnerships();
        extract("2021-06-03", "Didi talks",
                "Didi has held early discussions with GAC about building its cars.")
                .hasPartnership("didi", "gac-group", IN_TALKS);
    }

    @Test
    void c9TargetYearsAreReadButAreNoLabel() {
        extract("2021-03-30", "Xiaomi studies cars",
                "Xiaomi said it is studying the electric-car industry and could launch a model in 2024.")
                .hasSignal("xiaomi", EXPLORING);
    }
}
