package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-19, read off holdout78 (the corpus genre, familiar arcs excluded): the British form of insolvency,
 * a denial dated "March last year", money in the bank, vehicles that look like a name and assembly at
 * another firm's plant. Every text is written for this test.
 */
class AdministratorsDepositsAndVehicleNamesTest {

    @Test
    void callingInAdministratorsIsAnInsolvency() {
        extract("2024-01-30", "Arrival's UK arm calls in administrators",
                "Arrival UK Ltd, the main operating company of electric-van developer Arrival, has appointed "
                        + "administrators after the group failed to find new funding.")
                .hasSignal("arrival", EXITED);
        // administrators of something else are no insolvency
        extract("2024-01-30", "Pensions", "The board of Kavra Motors appointed new administrators for the pension plan.")
                .hasNoSignal("kavra", EXITED);
    }

    @Test
    void aDenialDatedLastYearIsBackground() {
        extract("2024-08-20", "Results", "Novix Technologies said on Tuesday it was studying whether to build an electric car. The "
                + "remarks mark a change of tone from March last year, when the company flatly denied a report that it "
                + "was planning to build cars.")
                .hasSignal("novix", EXPLORING)
                .hasNoSignal("novix", DENIED);
    }

    @Test
    void depositsInTheBankAreNoPreOrders() {
        extract("2024-09-03", "Tembusu eyes EV assembly", "Tembusu Holdings said it was exploring a move into "
                + "electric-vehicle assembly. Tembusu had cash and short-term deposits of about 1.1 billion ringgit at "
                + "the end of June.")
                .hasSignal("tembusu", EXPLORING)
                .hasNoSignal("tembusu", DEVELOPING);
    }

    @Test
    void vehiclesBesideAnAppositionAreNoFirm() {
        // "SUVs, a group that ...": an apposition's head does not make a vehicle word a firm
        extract("2025-02-12", "Ineos", "Analysts said the decision reflected a reassessment by carmakers selling to "
                + "wealthy buyers of large SUVs, a group that has been slower to switch from combustion engines.")
                .doesNotMention("suvs");
    }

    @Test
    void assemblyAtAnotherFirmsPlantIsContractManufacturing() {
        extract("2022-06-09", "Lightyear", "Lightyear said assembly would begin in the autumn at Valmet Automotive's "
                + "plant in Uusikaupunki, Finland.")
                .hasPartnership("lightyear", "valmet-automotive", MANUFACTURING);
        // its own plant names no other firm
        extract("2022-06-09", "Plant", "Kavra Motors said production will begin at its own plant in Ohio.")
                .hasNoPartnerships();
    }
}
