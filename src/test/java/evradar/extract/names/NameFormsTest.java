package evradar.extract.names;

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
}
