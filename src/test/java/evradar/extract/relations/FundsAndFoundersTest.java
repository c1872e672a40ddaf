package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-9: a fund and the firm it controls are no single group, so the fund's money is an investment
 * tie ("a funding deal with the Public Investment Fund"); a person's founding of a firm ("built the
 * television group LeEco") is no manufacturing tie; a gapped conjunct ("... in Ampere and Mitsubishi
 * Motors up to 200 million euros") invests in the same firm. Every text is written for this test.
 */
class FundsAndFoundersTest {

    @Test
    void aFundingDealWithTheFundThatControlsTheFirm() {
        // the dictionary lists the Public Investment Fund as Lucid's parent
        extract("2018-09-18", "Funding",
                "Lucid Motors, the start-up developing a luxury electric sedan, has agreed to a funding deal worth "
                        + "more than $1 billion with Saudi Arabia's Public Investment Fund.")
                .hasPartnership("lucid", "public-investment-fund", INVESTMENT);
    }

    @Test
    void aFirmBuiltByAnOfficerIsNotAProductBuiltForIt() {
        extract("2019-01-02", "Settlement",
                "Tarvic Motors founder Jia Ren said work on its electric crossover would continue. Jia, who earlier "
                        + "built the Chinese internet and television group LeEco, had sought funding from elsewhere.")
                .hasNoPartnership("leeco", "tarvic");
    }

    @Test
    void aGappedConjunctInvestsInTheSameFirm() {
        extract("2023-11-15", "Investors",
                "Nissan has agreed to invest up to 600 million euros in Ampere and Mitsubishi Motors up to 200 "
                        + "million euros, Renault said.")
                .hasPartnership("ampere", "nissan", INVESTMENT)
                .hasPartnership("ampere", "mitsubishi-motors", INVESTMENT)
                .hasNoPartnership("mitsubishi-motors", "nissan");
    }

    @Test
    void aLeadInvestorAndABlankCheckMerger() {
        extract("2021-11-02", "Round", "SoftBank led a $300 million round in Nuro.")
                .hasPartnership("nuro", "softbank", INVESTMENT);
        // a merger with a blank-check company is the SPAC's money going into the firm
        extract("2020-10-01", "SPAC", "Fisker will merge with Spartan Energy Acquisition Corp.")
                .hasPartnership("fisker", "spartan", INVESTMENT); // "Energy Acquisition" are designators
        // a merger of two operating firms is no investment
        extract("2020-10-01", "Merger", "Fiat Chrysler agreed a merger with PSA Group.")
                .mentions("fiat-chrysler-automobiles")
                .hasNoPartnership("fiat-chrysler-automobiles", "groupe-psa");
    }

    @Test
    void aRoundLedByAnInvestorInvestsInTheRaiser() {
        // rules-10: the passive "was led by" of a round, whose raiser is the firm in focus
        extract("2020-06-16", "Round",
                "Tollund Motors said on Tuesday that it had raised $310 million. The round was led by Vasterby "
                        + "Capital, with several family offices taking part.")
                .hasPartnership("tollund", "vasterby", INVESTMENT);
    }
}
