package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.EXITED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Exits named by a court proceeding ("bankruptcy restructuring", "bankruptcy reorganisation of X",
 * Japan's "civil rehabilitation"), and "the project" that refers back to a car named earlier in the
 * sentence; not a previous effort, nor a project that is a plant. Every text is written for this test.
 */
class ProceedingsAndAnaphoricProjectsTest {

    @Test
    void aBankruptcyRestructuringIsAnExit() {
        extract("2023-10-10", "Startup",
                "WM Motor, one of the early Chinese electric-car startups, has applied to a Shanghai court for "
                        + "bankruptcy restructuring after running out of money.")
                .hasSignal("wm-motor", EXITED);
        extract("2025-06-10", "Court",
                "A court in Jiaxing has accepted an application for the bankruptcy reorganisation of Hozon Auto, "
                        + "the maker of Neta electric cars.")
                .hasSignal("hozon-auto", EXITED);
    }

    @Test
    void theProjectAfterACarIsTheCarProject() {
        extract("2023-05-01", "Precedent",
                "Dyson, the British appliance maker, developed a car around similar technology but abandoned the "
                        + "project in 2019 before it reached production.")
                .hasSignal("dyson", EXITED);
    }

    @Test
    void aPreviousEffortOrAPlantProjectIsNoExit() {
        extract("2023-05-01", "Again",
                "The Information reported that Apple has asked suppliers about components for a possible car, two "
                        + "years after it wound down its previous effort.")
                .hasNoSignal("apple", EXITED);
        extract("2024-09-01", "Battery plant",
                "In June Volvo Cars and Northvolt went their separate ways on their planned battery plant, with Volvo "
                        + "buying out its partner's half and putting the project on hold.")
                .hasNoSignal("volvo-cars", EXITED);
    }
}
