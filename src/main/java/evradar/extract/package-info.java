/**
 * Pure text-to-extraction: no Kafka, no I/O beyond loading bundled resources once.
 *
 * <p>{@link evradar.extract.RuleBasedExtractor} runs one article through these stages:
 * <ol>
 *   <li>{@code text}: boilerplate removal (teasers, prompts, page furniture, wire datelines), sentences,
 *       tokens;</li>
 *   <li>{@code names}: firms by dictionary (one Aho-Corasick pass per sentence, longest match, case and
 *       person rules), by form ("... Motors", "... Electric", "... Equities"), by company-only roles
 *       ("startup Zoox", "Foo, a maker of ...", "analysts at Foo", "shares of Foo"), short forms of firms
 *       named in full, and what appositions say a new firm is ({@code Apposition});</li>
 *   <li>{@code discourse}: references by description ("the smartphone maker"), pronoun and plural,
 *       ownership ties stated in the text, who does what ({@code Roles}), and the positions that name a
 *       firm without making it an actor or a party: rivals, standards of comparison, a person's employer
 *       ({@code Comparison});</li>
 *   <li>{@code relations}: partnership cues with their argument syntax, then a broad second pass for
 *       pairs the first found nowhere ({@code CooccurrenceTies}: two firms in one clause joined by a word
 *       of {@code lexicon/relation-words.tsv}, blocked by ownership, statistics, negation and analysts'
 *       speculation), merged per pair by the corpus conventions (ENDED unless a tie continues; most
 *       binding news; unconfirmed ties are talks); last, the tie model ({@code TieModel}, logistic weights
       over {@code TieFeatures}, fitted by {@code evaluation.TieTraining}) infers, as speculative ties, the
       pairs a story implies across its sentences that the rules left untied;</li>
 *   <li>{@code signals}: EV-stage cues read with attribution ({@code cues.Attribution}) and mood
 *       ({@code cues.Modality}), incumbency, one status per firm folded with
 *       {@link evradar.status.StatusRules};</li>
 *   <li>{@code evaluation}: scoring against gold labels, shared by tests and {@code evradar evaluate}, and the
       tie model's training ({@code evradar train-ties}).</li>
 * </ol>
 * Every scan is bounded, so the cost is linear in the text (a 1 MB hostile body takes well under a
 * second once warm; see {@code ExtractorBenchmark}).
 */
package evradar.extract;
