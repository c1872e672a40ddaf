package evradar.extract.names;

import org.junit.jupiter.api.Test;

import static evradar.extract.ExtractionAssert.extract;

/** Company recognition over whole articles, with the bundled dictionary. */
class CompanyRecognizerTest {

    @Test
    void firmsOutsideTheDictionaryByTheirDesignator() {
        extract("2023-05-01", "Contoso Motors raises funds",
                "Contoso Motors, a maker of electric delivery vans, raised $50 million. Contoso said it would hire 200 people.")
                .hasCompanies("contoso");
    }

    @Test
    void firmsOutsideTheDictionaryByApposition() {
        extract("2023-05-01", "Startup raises funds",
                "Electric-truck startup Zephyro raised $50 million from investors on Monday.")
                .hasCompanies("zephyro");
    }

    @Test
    void publicBodiesPlacesAndPeopleAreNotFirms() {
        extract("2023-05-01", "Loan for a battery plant",
                "The U.S. Department of Energy offered a loan to the plant in Hebei Province, Jennifer Granholm said.")
                .hasCompanies();
    }

    @Test
    void aNameWithADescriptorIsTheParent() {
        extract("2021-09-01", "Xiaomi EV registered", "Xiaomi EV Inc. completed its registration in Beijing.")
                .hasCompanies("xiaomi");
        extract("2023-05-01", "Hyundai plans plant", "Hyundai Motor Group will build a plant in Georgia.")
                .hasCompanies("hyundai");
    }

    @Test
    void commonWordNamesAtSentenceStartNeedSupportOrAVerb() {
        extract("2024-01-01", "Fruit prices", "Apple prices rose in the market this autumn. Growers were pleased.")
                .hasCompanies();
        extract("2024-01-01", "Apple ends car project", "Apple has ended its car project, according to a report.")
                .hasCompanies("apple");
    }

    @Test
    void brandsAreNotCompanies() {
        extract("2023-05-01", "Deepal sales rise", "Sales of Deepal and Haval models rose in April.")
                .hasCompanies();
    }

    @Test
    void aProductNamedAfterItsMakerNamesTheMaker() {
        extract("2023-05-01", "Zeekr 001 in Europe", "The Zeekr 001 is now on sale in Europe.")
                .hasCompanies("zeekr");
        // a common-word name used for the product line is the brand unless the firm is named plainly
        extract("2020-02-20", "New Smart cars", "The next generation of Smart electric cars will be built in China.")
                .hasCompanies();
    }

    @Test
    void aShortFormFollowsTheFullNameUsedInTheArticle() {
        extract("2021-03-24", "LG Electronics and Magna form a venture",
                "LG Electronics and Magna will form a venture. LG will own 51 percent of it.")
                .hasCompanies("lg-electronics", "magna");
    }

    @Test
    void teaserFirmsAreNotExtracted() {
        extract("2024-01-01", "BYD sells more cars",
                "BYD sold more cars in December than a year earlier.\n\nRead more: Tesla cuts prices in China\n\n"
                        + "The company also exported more.")
                .hasCompanies("byd");
    }

    @Test
    void makersNamedForWhatTheyMakeAndFinanceHousesHaveDesignators() {
        extract("2022-09-12", "Tractor maker goes electric",
                "Brennel Electric, which builds farm tractors, said it would sell a battery tractor next year. "
                        + "Orsolo Computer Corp makes the control units. Analysts at Vantry Equities were unimpressed.")
                .hasCompanies("brennel", "orsolo", "vantry");
    }

    @Test
    void theEmployerOfAnAnalystIsAFirm() {
        extract("2022-09-12", "Brennel Electric tractor",
                "Brennel Electric will sell a battery tractor, analysts at Pomeroy said. "
                        + "\"Demand is there,\" said an economist with Halloran & Finch.")
                .hasCompanies("brennel", "pomeroy", "halloran-finch")
                .hasNoSignal("pomeroy");
    }

    @Test
    void anAppositionWithAnOrganisationNounNamesAFirm() {
        extract("2022-09-12", "Investor backs tractor maker",
                "Marrick, a family-owned investment group based in Leeds, will buy a stake in Brennel Electric. "
                        + "Tolvane, a maker of rice cookers and fans, said it was studying electric cars.")
                .hasCompanies("marrick", "brennel", "tolvane");
    }

    @Test
    void theIssuerOfSharesIsAFirm() {
        extract("2022-09-12", "Shares jump",
                "Shares of Corvane jumped 9% on Monday. Quillet's shares fell after the report.")
                .hasCompanies("corvane", "quillet");
    }

    @Test
    void aDictionaryFirmNamedInFullIsFoundByItsShortFormLater() {
        extract("2023-02-01", "Valmet Automotive hires",
                "Valmet Automotive will hire 500 workers at Uusikaupunki. Valmet said demand for contract work was strong.")
                .hasCompanies("valmet-automotive");
        // a short form found first by another finder ("Valmet's shares") is the same firm
        extract("2023-02-01", "Valmet Automotive hires",
                "Valmet Automotive will hire 500 workers. Valmet's shares rose.")
                .hasCompanies("valmet-automotive");
    }

    @Test
    void aDistinctiveFirstWordLaterNamesTheSameFirm() {
        extract("2023-02-01", "Deliveries delayed",
                "Faraday Future delayed deliveries. Faraday's shares fell 9 percent.")
                .hasCompanies("faraday-future")
                .hasMentionCount("faraday-future", 2);
        // an ordinary word ("General") or a given name is no short form, and neither is a word two firms share
        extract("2023-02-01", "GM results",
                "General Motors reported higher sales. General economic conditions were weak.")
                .hasCompanies("general-motors");
    }

    @Test
    void capitalsInATitleCaseHeadlineSayNothingAboutNames() {
        extract("2024-05-02", "Kitchen Appliance Maker Brevora Quietly Hires Car Engineers, Sources Say",
                "Brevora Holdings has hired about 40 automotive engineers, people familiar with the matter said.")
                .hasCompanies("brevora");
        // a firm named by its form in the headline and in the prose is still found
        extract("2024-05-02", "Why Halden Motors Is Betting Everything On Vans",
                "Halden Motors will stop making petrol vans next year.")
                .hasCompanies("halden");
    }

    @Test
    void moreLegalSuffixes() {
        extract("2024-05-02", "Scooters",
                "Veloxa Mobility Pvt Ltd sold 20,000 scooters last year.")
                .hasCompanies("veloxa");
        // Nordic "AS" in capitals is a legal form; the English "as" is not
        extract("2024-05-02", "Ferries",
                "Fjordline Elektro AS ordered two ferries, as did a rival.")
                .hasCompanies("fjordline-elektro");
    }

    @Test
    void theIndonesianPtBeforeANameIsItsLegalForm() {
        extract("2024-05-02", "Trial production",
                "PT Samudra Baterai Tbk began trial production of cells in Batang.")
                .hasCompanies("samudra-baterai");
    }

    @Test
    void moreCompanyWordsInOtherLanguagesAndTrades() {
        extract("2024-05-02", "Hypercar",
                "Veloce Automobili delivered its first hypercar. Orvano Mobile sold 3 million phones.")
                .hasCompanies("veloce", "orvano");
    }

    @Test
    void tradeAndForeignCompanyWordsMarkAFirm() {
        extract("2024-05-02", "Vans",
                "Oberland Fahrzeugwerke will build vans with cells from Fjord Batteri, and Harwick Parcel ordered 400.")
                .hasCompanies("oberland", "fjord", "harwick");
    }

    @Test
    void japaneseCompanyWordsMarkAFirm() {
        extract("2024-05-02", "Solid-state cells",
                "Toyota and Minase Kosan will develop solid electrolytes together.")
                .hasCompanies("toyota", "minase");
    }

    @Test
    void aFirmsNameUsedAsAGivenNameIsAPerson() {
        extract("2023-02-01", "Analyst view",
                "\"It is a bold move,\" said Mercedes Alcaraz, a senior analyst at Pomeroy Research.")
                .hasCompanies("pomeroy");
        extract("2023-02-01", "Analyst view",
                "Mercedes Alcaraz said the plan was bold.")
                .hasCompanies();
        extract("2023-02-01", "Mercedes sells EQS",
                "Mercedes sold 4,000 EQS sedans in China in March.")
                .hasCompanies("mercedes-benz");
    }

    @Test
    void aFirmsNameModifyingABrandNounIsTheBrand() {
        extract("2023-02-01", "SAIC exports",
                "SAIC exported more cars under its MG and Roewe brands in May.")
                .hasCompanies("saic-motor");
    }

    @Test
    void aVentureNamedAfterItsParentsIsItsOwnFirm() {
        extract("2023-02-01", "Parts venture",
                "Toyota is setting up Toyota Denso e-Drive, a joint venture with Denso that will make electric motors.")
                .hasCompanies("toyota", "denso", "toyota-denso-e-drive")
                .hasPartnership("denso", "toyota", evradar.avro.PartnershipType.JOINT_VENTURE);
    }
}
