package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-19, read off holdout74 (the corpus genre): classes of failed firms, a concept shown without a
 * prototype, a name that only modifies a noun ("the Vingroup-controlled carmaker"), a factory whose
 * goods are scooters, money pledged to another firm, a negated past and a firm gone into hibernation.
 * Every text is written for this test.
 */
class ClassesConceptsAndModifiersTest {

    @Test
    void failedStartUpsNamedAsAClassExit() {
        // "start-ups" is split by the tokenizer; the class's members named after it exit
        extract("2025-03-31", "Canoo", "Electric-vehicle start-ups that have collapsed since 2023 include Fisker, "
                + "Lordstown Motors and Arrival.")
                .hasSignal("fisker", EXITED)
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("arrival", EXITED);
    }

    @Test
    void firmsPutOnAListOfFailedStartUpsExit() {
        // "It joins X, Y and Z on the list of start-ups that have collapsed": every firm on the list failed
        extract("2025-01-18", "Canoo", "Canoo filed for Chapter 7 liquidation on Friday. It joins Fisker, Lordstown "
                + "Motors and Arrival on the list of U.S.-listed electric-vehicle start-ups that have collapsed in the past "
                + "two years.")
                .hasSignal("canoo", EXITED)
                .hasSignal("fisker", EXITED)
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("arrival", EXITED);
        extract("2025-01-18", "Canoo", "The liquidation adds Canoo to a list of American electric-vehicle start-ups that "
                + "have collapsed, alongside Lordstown Motors and Fisker.")
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("fisker", EXITED);
    }

    @Test
    void aClassThatFailedIsNotAFirmNamedAfterIt() {
        // the plural subject fails; "it" later in the sentence is not one of the failed firms
        extract("2025-04-25", "Slate", "Slate Auto unveiled an electric pickup on Thursday. The reveal comes as several "
                + "electric-vehicle startups have failed and the administration has signalled that it may end the tax "
                + "credit.")
                .hasSignal("slate-auto", DEVELOPING)
                .hasNoSignal("slate-auto", EXITED);
    }

    @Test
    void aConceptShownWithoutAPrototypeAnnouncesACar() {
        extract("2022-08-15", "Ola", "Ola Electric teased its first car on Monday and said it would go on sale in 2024. "
                + "Founder Bhavish Aggarwal revealed the car in a short video showing a concept design, without a "
                + "working prototype, technical details or a price.")
                .hasSignal("ola-electric", ANNOUNCED);
        // a prototype that is shown is development
        extract("2022-08-15", "Ola", "Founder Bhavish Aggarwal showed a concept design and a working prototype of "
                + "Ola Electric's first car.")
                .hasSignal("ola-electric", DEVELOPING);
    }

    @Test
    void aNameThatModifiesANounIsNotTheSubject() {
        // "The Vingroup-controlled carmaker" is VinFast; "it" is the carmaker, not its owner
        extract("2024-07-24", "VinFast", "VinFast delayed its North Carolina plant again. The Vingroup-controlled "
                + "carmaker had originally said it would begin building SUVs at the plant this year.")
                .hasNoSignal("vingroup")
                .hasSignal("vinfast", DEVELOPING);
    }

    @Test
    void fundingAnotherFirmIsNoCommitmentOfOnesOwn() {
        extract("2024-07-24", "VinFast", "VinFast delivered 35,000 electric cars last year. Vingroup has pledged to keep "
                + "funding the carmaker.")
                .hasNoSignal("vingroup")
                .hasSignal("vinfast", LAUNCHED);
        // a pledge to build cars is still the firm's own commitment
        extract("2024-07-24", "Pledge", "Kavra Group has pledged $2 billion to build electric cars.")
                .hasSignal("kavra", ANNOUNCED);
    }

    @Test
    void aNegatedPastIsNeitherADenialNorDevelopment() {
        // "never put a vehicle into series production" says what did not happen
        extract("2024-01-30", "NEVS", "Kavra Motors had been working on a family of battery cars but never put a "
                + "vehicle into series production.")
                .hasNoSignal("kavra", DENIED);
        extract("2024-01-30", "NEVS", "Kavra Motors has never put a car into production.")
                .hasNoSignal("kavra", DEVELOPING);
        // a refusal in the present or future is still a denial
        extract("2024-01-30", "Update", "Kavra Motors will not build electric cars.").hasSignal("kavra", DENIED);
    }

    @Test
    void aFirmGoneIntoHibernationHasExited() {
        extract("2024-01-30", "NEVS", "NEVS said on Tuesday it was putting its operations into hibernation and laying "
                + "off most of its 300 employees.")
                .hasSignal("nevs", EXITED);
        extract("2024-01-30", "Evergrande-owned NEVS puts itself into 'hibernation', cuts most staff",
                "STOCKHOLM - The company said a small team would stay on.")
                .hasSignal("nevs", EXITED);
    }

    @Test
    void anEntryIntoCarmakingIsAForay() {
        extract("2023-11-14", "JSW takes 35% of MG Motor India", "For JSW Group, the deal marks a formal entry into "
                + "carmaking.")
                .hasSignal("jsw-group", ANNOUNCED);
        // an entry no one has made is no commitment
        extract("2023-11-14", "Steel", "Analysts doubt a possible entry into carmaking by JSW Group.")
                .hasNoSignal("jsw-group");
        // the verbs news uses for the same move
        extract("2023-11-14", "Update", "Kavra Group jumps into the electric-car race.").hasSignal("kavra", ANNOUNCED);
        extract("2023-11-14", "Update", "Kavra Group is wading into the electric-car market.")
                .hasSignal("kavra", ANNOUNCED);
    }

    @Test
    void aFactoryThatBuildsScootersSellsNoCars() {
        extract("2022-08-15", "Ola", "Ola Electric plans to expand its factory in Tamil Nadu, which builds the S1 "
                + "scooter, into an EV hub with room to make a million cars a year.")
                .hasNoSignal("ola-electric", LAUNCHED);
    }
}
