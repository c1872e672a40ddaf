package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.avro.PartnershipType.PARTNERSHIP;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-22, read off the studied sets of this round: holdout98 (issuers' press releases), holdout100
 * (Middle Eastern, African, Latin American and Turkish business press) and holdout102 (the corpus genre).
 * Every text is written for this test.
 */
class PressReleasesAndRegionalPressTest {

    @Test
    void anOfficersTitleIsNoPartOfTheFirmsNameAndNamesItsEmployer() {
        // a release's quote line: the title before "of" is a person's, the firm after it is named by its role
        extract("2024-05-02", "Tarvik Group and Lorne Motors sign battery pact",
                "OSLO--(BUSINESS WIRE)--Lorne Motors today announced that Tarvik Group will supply battery packs "
                        + "for its electric vans. \"We are proud to be chosen,\" said Anna Berg, President and CEO of "
                        + "Tarvik Group.")
                .hasCompanies("lorne", "tarvik");
        // a firm the dictionary lacks, with no designator, is a firm because an officer works for it
        extract("2024-05-02", "Update",
                "\"Our first customers put down deposits on a promise,\" said Dana Cole, founder and CEO of Quellin. "
                        + "Quellin began deliveries of its electric pickup to customers in Georgia this week.")
                .mentions("quellin")
                .hasSignal("quellin", LAUNCHED);
    }

    @Test
    void droppingAListingIsNoExit() {
        // what is scrapped is a deal about the business; the business goes on
        extract("2024-01-30", "Corvane scraps Velto listing, saying the EV unit can fund itself",
                "Corvane Motors has called off the planned stock market listing of Velto, its electric-vehicle "
                        + "unit. Velto builds two electric hatchbacks at its plant near Lyon.")
                .hasNoSignal("corvane", EXITED);
        // the effort itself is still what an exit verb ends
        extract("2024-01-30", "Corvane scraps its electric car project", "Corvane Motors said it had scrapped its "
                + "electric car project.")
                .hasSignal("corvane", EXITED);
    }

    @Test
    void administratorsAreAdvisersAndStaffMadeRedundantAreNoCars() {
        // an "Advisory" firm appointed to a collapsed carmaker winds it up; its staff are not its product
        extract("2024-02-15", "Velmar Motors falls into administration",
                "Velmar Motors, the electric-van start-up, has placed its UK business into administration. Brindle "
                        + "Advisory, appointed as administrators on Thursday, said most of the company's staff had "
                        + "been made redundant and that it would seek buyers for Velmar's tooling and test vehicles.")
                .hasSignal("velmar", EXITED)
                .hasNoSignal("brindle")
                .hasNoPartnership("velmar", "brindle");
    }

    @Test
    void regionalFirmsAndSpanishDesignators() {
        // East African electric-motorcycle makers are in the dictionary; a motorcycle maker ruling out cars denies
        extract("2024-03-20", "Roam raises money for its electric motorbikes",
                "Roam, the Nairobi start-up formerly known as Opibus, raised $24 million to expand production of "
                        + "its Roam Air electric motorcycle. Spiro and Ampersand run battery-swapping networks in "
                        + "Kenya and Rwanda.")
                .hasCompanies("roam", "spiro", "ampersand");
        // "Automotriz" ends a Spanish firm's name as "Automotive" ends an English one's
        extract("2023-05-16", "Update",
                "Caldera Norte Automotriz will build an electric pickup in Monterrey from 2026, the company said.")
                .mentions("caldera-norte")
                .hasSignal("caldera-norte", ANNOUNCED);
    }

    @Test
    void aSecondInfinitiveSharesTheAimOfTheFirst() {
        // "hopes to ... and to start series production": a start hoped for is an aim, not development under way
        extract("2023-05-16", "Update",
                "Caldera Motors said it will begin designing an electric pickup. The company hopes to have a "
                        + "prototype ready by the end of next year and to start series production in 2026.")
                .hasSignal("caldera", ANNOUNCED);
    }

    @Test
    void aNameFrontedAsTheTopicIsWhatTheCompanyRefersTo() {
        // "For Roam, ..." makes the paragraph about Roam, though a preposition governs the name
        extract("2024-03-20", "Electric motorbikes in Nairobi",
                "Roam is not alone. Spiro, which operates in Kenya and Uganda, has deployed thousands of bikes.\n\n"
                        + "For Roam, the bigger problem is money. Most riders cannot pay the sticker price upfront. "
                        + "The company has partnered with Watu, a Nairobi asset-finance firm, to offer daily repayment "
                        + "plans.")
                .hasPartnership("roam", "watu", PARTNERSHIP)
                .hasNoPartnership("spiro", "watu");
    }

    @Test
    void aMainClauseAfterIfWithWouldIsHypothetical() {
        // the whole main clause is conditional, however far the verb is from "would"
        extract("2023-04-03", "Chery in talks with Turkey's Varda over EV plant",
                "Chery Automobile is in talks with Turkish conglomerate Varda Holding over a joint investment in a "
                        + "plant to make electric cars in Turkey, Reuters reported, citing two people with knowledge of "
                        + "the matter.\n\nNeither company has commented.\n\nIf it goes ahead, the project would make "
                        + "Varda the second Turkish group after Togg to build electric cars in the country.")
                .hasSignal("varda", RUMORED)
                .hasNoSignal("varda", ANNOUNCED);
    }

    @Test
    void notConfirmingAPlanIsNoDenial() {
        // what is negated is the telling: the talks reported by sources stay a rumour
        extract("2023-08-01", "Lagos start-up Kemba in talks with Chery",
                "Kemba Motors, a Lagos-based mobility start-up, is in advanced talks with Chery Automobile to "
                        + "assemble electric cars in Nigeria, sources familiar with the matter said. Its chief "
                        + "executive has spoken about the cost savings of electric vehicles but has never confirmed "
                        + "any plan to build cars.")
                .hasSignal("kemba", RUMORED);
        // a plan denied is still a denial
        extract("2023-08-01", "Update", "Kemba Motors does not have any plan to build cars, its chief executive said.")
                .hasSignal("kemba", DENIED);
    }

    @Test
    void aPlaceAfterALegalSuffixSaysWhereTheFirmIs() {
        extract("2021-12-02", "Norvale takes its prototypes north",
                "Norvale Auto has started winter testing of its first electric car. The car's battery uses cells "
                        + "from Brantley Battery Ltd of Oxford, England.")
                .mentions("brantley")
                .hasPartnership("brantley", "norvale", SUPPLY);
    }

    @Test
    void aCarInFinalTestingIsUnderDevelopment() {
        extract("2021-07-05", "Update",
                "Croatian electric hypercar maker Velko will take control of the brand. Velko's 1,900-horsepower "
                        + "Stratos is in final testing, with the first customer cars due next year.")
                .hasSignal("velko", DEVELOPING);
        extract("2021-07-05", "Update", "Tollund Motors said its electric SUV is undergoing testing in Sweden.")
                .hasSignal("tollund", DEVELOPING);
    }

    @Test
    void aDenialInADatedEarlierStatementIsBackground() {
        // the firm reverses course: its 2021 statement is history, the joint venture is the news
        extract("2023-06-06", "Quenza reverses course and will make EVs with Dongfeng",
                "Smartphone maker Quenza Technologies will build electric cars through a joint venture with Dongfeng "
                        + "Motor Group. \"The market changed, and we changed our mind,\" its founder said, "
                        + "acknowledging the company's 2021 statement that it had no car plans.")
                .hasSignal("quenza", ANNOUNCED)
                .hasNoSignal("quenza", DENIED);
    }

    @Test
    void anOfThatIsNotTheHeadNounsOwnNamesNoVentureParent() {
        // "the Turkish carmaker backed by a group of conglomerates": the "of" belongs to "a group", so Farasis-like
        // partners named later are no owners of the carmaker, and their venture is a tie
        extract("2019-09-12", "Varna picks Kestrel as battery partner",
                "Varna, the Turkish carmaker backed by a group of domestic conglomerates, has chosen Kestrel Energy "
                        + "as its battery partner, and the two will form a joint venture to make battery packs in "
                        + "Turkey.")
                .hasPartnership("kestrel", "varna", JOINT_VENTURE);
    }

    @Test
    void aFundsOwnStakeIsItsOwn() {
        // a finance house is no actor in car news, yet "its stake" after it as subject is still its own: it does not
        // reach back to the previous sentence's shareholder
        extract("2024-11-21", "Kessel Cells files for bankruptcy",
                "Kessel Cells filed for bankruptcy on Wednesday. Ostmark Motors, its largest shareholder, wrote down "
                        + "its holding. Brandt Capital Management, the second-largest investor, has also written off "
                        + "much of its stake.")
                .hasPartnership("kessel", "ostmark", INVESTMENT)
                .hasNoPartnership("brandt", "ostmark");
    }
}
