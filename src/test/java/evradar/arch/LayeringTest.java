package evradar.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of DESIGN.md, enforced: the pure parts (extraction, status rules) know nothing of
 * Kafka, and nothing below the command line depends on it.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("evradar");
    }

    @Test
    void extractionAndStatusRulesArePure() {
        noClasses().that().resideInAnyPackage("evradar.extract..", "evradar.status..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "evradar.topology..", "evradar.serde..",
                        "evradar.embedded..", "evradar.query..", "evradar.app..", "evradar.cli..")
                .because("extraction and the status fold are pure functions, testable and reusable without Kafka")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("evradar.cli..")
                .should().dependOnClassesThat().resideInAPackage("evradar.cli..")
                .check(classes);
    }

    @Test
    void theTopologyDoesNoIoOfItsOwn() {
        noClasses().that().resideInAPackage("evradar.topology..")
                .should().dependOnClassesThat().resideInAnyPackage("evradar.app..", "evradar.embedded..", "evradar.query..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.streams.KafkaStreams")
                .because("the topology is a pure function of a StreamsBuilder and typed config")
                .check(classes);
    }

    @Test
    void serdesKnowNothingOfTheApplication() {
        noClasses().that().resideInAPackage("evradar.serde..")
                .should().dependOnClassesThat().resideInAnyPackage("evradar.topology..", "evradar.app..", "evradar.query..",
                        "evradar.extract..", "evradar.status..")
                .check(classes);
    }
}
