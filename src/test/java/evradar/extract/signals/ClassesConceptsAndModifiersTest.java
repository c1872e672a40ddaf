package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-19, read off holdout74 (the corpus genre): classes of failed firms, a concept shown without a
 * prototype, a name that only modifies a noun ("the Vingroup-controlled carmaker") and a factory whose
 * goods are scooters. Every text is written for this test.
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
    void aFactoryThatBuildsScootersSellsNoCars() {
        extract("2022-08-15", "Ola", "Ola Electric plans to expand its factory in Tamil Nadu, which builds the S1 "
                + "scooter, into an EV hub with room to make a million cars a year.")
                .hasNoSignal("ola-electric", LAUNCHED);
    }
}
