package evradar.extract.discourse;

import evradar.extract.Article;
import evradar.extract.CompanyDictionary;
import evradar.extract.RuleBasedExtractor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** References by description, pronoun and plural, resolved to the firm they mean. */
class ReferenceResolverTest {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(CompanyDictionary.bundled());

    /** "id@sentence" for every description, pronoun and plural mention of the article. */
    private static List<String> references(String title, String body) {
        Discourse d = EXTRACTOR.analyse(new Article("t", "", Instant.parse("2022-01-01T00:00:00Z"), title, body));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.sentences().size(); i++) {
            for (Mention m : d.mentions(i)) {
                if (m.kind() != Mention.Kind.NAME) {
                    out.add(d.sentence(i).textOf(m.start(), m.end()) + "=" + m.companyId());
                }
            }
        }
        return out;
    }

    @Test
    void descriptionMatchesKindAndDescriptors() {
        assertEquals(List.of("the smartphone maker=xiaomi"),
                references("", "Great Wall Motor and Xiaomi were in the news. Analysts said the smartphone maker had no plant."));
    }

    @Test
    void aCityTheGazetteerDoesNotKnowStillDescribesWhereTheFirmIs() {
        // rules-9: "the San Jose company" is the firm in focus, not a name "San Jose"
        assertEquals(List.of("the San Jose company=xiaomi"),
                references("", "Xiaomi makes phones. A note says the San Jose company is in talks with LG Display."));
        // a name before a lowercase head that is not a firm noun is still a name
        assertEquals(List.of(),
                references("", "Xiaomi makes phones. A note says the Apple Car is late."));
    }

    @Test
    void aFirmPredicatedToBeOneOfItsBackersIsNotThePossessor() {
        assertEquals(List.of("its=rivian"),
                references("", "Rivian cut prices. Amazon remains one of its largest shareholders."));
        // without the copula the possessive is the subject's own: "Amazon raised its forecast"
        assertEquals(List.of("its=amazon"),
                references("", "Rivian cut prices. Amazon raised its forecast."));
    }

    @Test
    void aPossessiveAfterAPrepositionIsBoundByTheSubjectEvenForAContractBuilder() {
        // "on its platform" is no object pronoun, so it does not skip its own clause's subject for a firm
        // named earlier only as a plant's former owner
        assertEquals(List.of("it=foxconn", "its=foxconn"),
                references("", "Foxconn will use the former General Motors plant. "
                        + "Last month it showed three prototypes built on its open platform."));
        // while a contract builder's "build its pickup" is still the client's goods
        assertEquals(List.of("its=lordstown-motors"),
                references("", "Foxconn will buy the Lordstown Motors plant and build its pickup."));
    }

    @Test
    void theirAfterSharesIsTheShares() {
        assertEquals(List.of(), references("VinFast tops Ford and GM",
                "Shares of VinFast tripled on their first day of trading in New York."));
    }

    @Test
    void itBeforeAProgressiveIsTheFirmNotAnExpletive() {
        assertEquals(List.of("It=volvo-cars"),
                references("", "Volvo Cars sells electric SUVs. It is now testing a smaller model in Sweden."));
        assertEquals(List.of(),
                references("", "Volvo Cars sells electric SUVs. It is unclear whether prices will fall."));
    }

    @Test
    void aPlainDescriptionFarFromAnyNameIsTheArticlesTopic() {
        assertEquals(List.of("the company=rivian"),
                references("", "Rivian cut its forecast again. Rivian blamed supply problems. \"Demand is there,\" "
                        + "a spokesperson said. \"We just cannot build fast enough.\" Shares fell 4 percent. "
                        + "Inventories are high. Later, the company said it would cut 600 jobs.")
                        .stream().filter(r -> r.startsWith("the company")).toList());
    }

    @Test
    void contentWordsOutweighRecencyWhenTheDescribedFirmWasNamedFurtherBack() {
        assertEquals(List.of("The search company=baidu"),
                references("", "Baidu unveiled a new robotaxi in Wuhan. Analysts were upbeat. Shares rose 3 percent. "
                        + "Trading was heavy. Huawei also showed a phone on Tuesday. The search company said rides "
                        + "would start in May.")
                        .stream().filter(r -> r.startsWith("The search")).toList());
    }

    @Test
    void demonymMatchesCountry() {
        assertEquals(List.of("the German carmaker=bmw"),
                references("", "BMW and Great Wall Motor agreed a deal. It is the German carmaker's second venture in China."));
    }

    @Test
    void brandNamesTheMaker() {
        assertEquals(List.of("The iPhone maker=apple"),
                references("", "Hyundai and Apple were said to be talking. The iPhone maker's plans are secret."));
    }

    @Test
    void objectOfAPrepositionPrefersAnEarlierObject() {
        List<String> refs = references("", "Alibaba, an early investor in XPeng, bought more shares. "
                + "Xiaomi has also invested in the company.");
        assertEquals(List.of("the company=xpeng"), refs);
    }

    @Test
    void pronounsFollowTheSubject() {
        List<String> refs = references("", "Nissan said on Monday that it would cut jobs. Its shares fell.");
        assertEquals(List.of("it=nissan", "Its=nissan"), refs);
    }

    @Test
    void pluralsNameTheCoordinatedPair() {
        List<String> refs = references("", "Honda and Nissan said they would cooperate. The two companies will share parts.");
        assertTrue(refs.containsAll(List.of("they=honda", "they=nissan", "The two companies=honda", "The two companies=nissan")),
                refs::toString);
    }

    @Test
    void appositionNamesTheFirmBeforeIt() {
        List<String> refs = references("", "Foxconn, the Taiwanese company best known for assembling phones, said so.");
        assertEquals(List.of("the Taiwanese company=foxconn"), refs);
    }

    @Test
    void aNewEntityIsNotAReference() {
        assertEquals(List.of(), references("", "Changan will buy a stake in the new company that Huawei is setting up."));
    }

    @Test
    void aPlaceInTheDescriptionIsTheFirmBasedThere() {
        // the firm "based" in Oslo is not "the Eindhoven company", though it was the last subject
        assertEquals(List.of("The Eindhoven company=corvane"),
                references("", "Corvane Motors, a Dutch start-up, raised money from Oslo-based Tindra Capital. "
                        + "Tindra takes two board seats. The Eindhoven company has built four prototypes."));
        assertEquals(List.of("The Eindhoven company=corvane"),
                references("", "Corvane Motors, a Dutch start-up, raised money from Tindra Capital, based in Oslo. "
                        + "Tindra takes two board seats. The Eindhoven company has built four prototypes."));
    }

    @Test
    void aFirmsOfficerNamedAloneLaterSpeaksForIt() {
        assertEquals(List.of("its=corvane", "Gao=corvane"),
                references("", "Corvane Motors has delayed its first car, chairman Gao Lin said on Tuesday. "
                        + "Gao said 140 pre-production cars were on test roads."));
        assertEquals(List.of("Jansen=corvane"),
                references("", "Corvane Motors chief executive Marit Jansen spoke in Eindhoven. Jansen said the car was ready."));
        // not the officer of a firm the sentence only speaks of, nor a title inside a name
        assertEquals(List.of(),
                references("", "\"We have an agreement with Magna,\" chief executive Lynn Calder said. Calder smiled."));
        assertEquals(List.of(),
                references("", "Corvane Motors met President Joe Biden. Biden said the plant was welcome."));
    }

    @Test
    void anOfficerInATrailingSpeechTagSpeaksForTheSubject() {
        assertEquals(List.of("its=corvane", "its=corvane", "Gao=corvane"),
                references("", "Corvane Technology has delayed its first car and picked Norvik Cells as its cell "
                        + "supplier, chairman Gao Lin said. Gao said 140 cars were on test roads."));
    }

    @Test
    void themAmongExamplesIsTheNounPhraseBefore() {
        // rules-10: "among them X" gives examples of the plural just before, not the firms named earlier
        assertEquals(List.of(),
                references("", "Porsche took a stake in Rimac. Rimac builds battery packs for other manufacturers, "
                        + "among them Koenigsegg."));
    }

    @Test
    void aSingularPossessiveIsNotBoundByCoordinatedSubjects() {
        // rules-10: "its" cannot refer to "BYD, XPeng and Zeekr"; the subject of the clause around them binds it
        assertEquals(List.of("its=nvidia"),
                references("", "Nvidia said on Monday that BYD, XPeng and Zeekr would use its chips in future cars."));
    }

    @Test
    void aPluralUnderASuperlativeNamesAClass() {
        // rules-13: "the biggest ... groups" are whichever firms rank highest, not the firms just named
        assertEquals(List.of(),
                references("", "Tarvik competes with Xiaomi and Samsung in phones. It lacks the scale of the biggest "
                        + "Chinese technology groups."));
        assertEquals(List.of("the two groups=samsung-electronics", "the two groups=xiaomi"),
                references("", "Tarvik competes with Xiaomi and Samsung in phones. It lacks the scale of the two groups."));
    }
}
