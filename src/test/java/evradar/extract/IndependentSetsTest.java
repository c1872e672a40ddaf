package evradar.extract;

import evradar.extract.evaluation.EvaluationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regression guard, not a goal: on the independent sets (written by other people, see each set's
 * README) the figures must not fall below what rules-13 reached, less a small margin for deliberate
 * trade-offs. A change that raises them should raise these floors too. The floors of a set still blind
 * (never studied) only guard against regressions; they say nothing about how good the rules are. The
 * tie model ({@code tie-model.tsv}) is trained on the studied sets, so their partnership figures are in
 * part figures on training data; the blind sets are never trained on ({@code BundledTieModelTest}).
 * Retraining the model on more sets moves those figures both ways: rules-13 added holdout41–44 to its
 * training data and lowered six partnership floors by 0.01 (holdout5, 6, 8, 11, 39 and the blind
 * holdout35), while the mean over the studied sets rose and the blind sets' mean held. Its second
 * batch lowered two more (holdout24, holdout39) where a now correctly parsed subject ("Over the past
 * year the group has hired ...", "Nissan, Mitsubishi's largest shareholder, ...") let the rules add
 * one pair the labels do not have. Its last retraining moved holdout6 (0.929; its rules alone are
 * unchanged at 0.948) below 0.93. rules-14 added holdout47–48 to the training data: holdout13 (0.754
 * to 0.748) and holdout22 (0.792 to 0.769) lost partnerships, holdout29 (+0.029) and eight others
 * gained, and the blind sets' mean rose (0.884 to 0.887). One vehicle lexicon for every cue (rules-14)
 * made "an electric off-roader" an EV, and holdout31 labels the unveiling of one ANNOUNCED where the
 * rules, with the corpus's "most advanced stage wins", read DEVELOPING (an exit dated "last December"
 * read as background won that back).
 * Retraining after the rules-14 signal rules (initials, recurring names owning an EV) moved the blind
 * holdout36 from 0.921 to 0.906 (and holdout19 from 0.874 to 0.860) with their rules alone unchanged:
 * its partnership floor is 0.90. The next retraining moved holdout17 from 0.796 to 0.789. "Get the
 * car into mass production" as development (rules-14) moved the blind holdout35 from 0.750 to 0.735
 * (signals) and from 0.784 to 0.757 (final) while raising holdout33 and holdout36: its floors are
 * 0.73 and 0.75. A concept shown as ANNOUNCED (rules-14; eight labels in seven independent sets read it
 * so) lost holdout8, whose writer labels "Sharp shows LDK+ concept EV" DEVELOPING: 0.880 to 0.864
 * (signals) and 0.921 to 0.895 (final), floors 0.86 and 0.89.
 * rules-15 added holdout51 and holdout53 to the tie model's training data; with the rules alone
 * unchanged on them, retraining moved holdout5 (0.857 to 0.848), holdout39 (0.775 to 0.769) and the
 * blind holdout35 (0.822 to 0.806) and holdout36 (0.906 to 0.889) below their partnership floors, while
 * holdout13, 22, 28, 37 and 42 gained; those four floors are 0.01–0.02 lower. Every other floor was
 * raised to the figure reached, less half a point. The dictionary's {@code evDevelopmentSince} (rules-15:
 * Foxconn has been developing cars since its MIH platform of 2020, so its later announcements are
 * development) lowered the three sets whose writers label the Foxconn–Geely venture of January 2021
 * ANNOUNCED, where seven other sets and the corpus's own Foxconn labels of 2021 and 2024 read DEVELOPING:
 * holdout6 (signals 0.943 to 0.929, final 0.942 to 0.923), holdout17 (0.916 to 0.904, 0.882 to 0.863)
 * and holdout43 (0.876 to 0.860, final up 0.879 to 0.909). The blind holdout19 fell from 0.899 to 0.881
 * with it, while ten other blind sets rose; its signal floor is 0.87.
 * rules-16 added holdout57 and holdout59 to the tie model's training data, 114 real firms to the
 * dictionary and a joint venture's own entity to the ties it does not take part in; every studied set's
 * partnerships with the rules alone held or rose. Retraining lowered five partnership floors by
 * 0.01–0.03: holdout7 (0.933 to 0.923), 14 (0.928 to 0.912), 53 (0.897 to 0.886), and the blind holdout36
 * (0.889 to 0.875) and holdout45 (0.901 to 0.873), while the blind sets' mean rose (0.888 to 0.892). The
 * blind holdout45's signals fell from 0.824 to 0.817 while the blind mean rose from 0.867 to 0.870.
 * The second rules-16 batch (relative clauses, engines as components, market leaders, "a car from X",
 * "abandoned car making", "reports from ... that", "figures show that", cars handed to drivers) raised
 * holdout59 (0.792 to 0.849), holdout57 (0.879 to 0.897), holdout7 and holdout13 and lowered no studied
 * set; on the blind sets it raised holdout55 (0.777 to 0.793) and lowered holdout60 (0.829 to 0.811,
 * signal floor 0.80), the blind mean unchanged. The third batch, read off holdout63 ("continues to sell",
 * a "before" clause, "sells only petrol cars", "targeted for launch", studies of financing), raised
 * holdout63 (0.735 to 0.803 with the rules alone) and the blind holdout50 (0.842 to
 * 0.850) and moved no other set's signals; retraining lowered the partnership floors of holdout38 (0.848
 * to 0.839) and the blind holdout52 (0.909 to 0.897). Reading a memorandum of understanding as a stated
 * intention (the corpus's dev-040) was dropped: it lowered holdout6 (0.929 to 0.914) and the blind
 * holdout45 (0.817 to 0.800).
 * rules-17 added holdout64 and holdout66 to the tie model's training data. With the rules unchanged,
 * retraining lowered six partnership floors: holdout13 (0.754 to 0.748), holdout17 (0.796 to 0.789),
 * holdout22 (0.789 to 0.777), holdout32 (0.810 to 0.786), holdout40 (0.899 to 0.886) and the blind
 * holdout62 (0.719 to 0.698), while holdout5, 12, 25, 38 and 59 gained and the blind sets' mean rose
 * (0.878 to 0.880; holdout35 +0.023, holdout56 +0.017). The third dictionary round (128 European,
 * Latin American, Middle Eastern, African and Oceanian firms) raised holdout66 (signals 0.784 to 0.808)
 * and holdout2 and holdout40 and moved no blind set's rules; the retrained model lowered the partnership
 * floors of holdout44 (0.807 to 0.793) and the blind holdout33 (0.843 to 0.832). The rules-17 batch read
 * off holdout64 and holdout66 (a firm's own electric cars named with "its", denials dated "In May 2021",
 * "no concrete plan", delayed production, family names, "E-Tech" model names, outlets that "reported")
 * raised holdout66 (0.808 to 0.902), holdout64 (0.846 to 0.876), holdout6 and the blind holdout19
 * (0.881 to 0.891) and lowered no set; retraining moved holdout6's partnerships from 0.939 to 0.929.
 * The second batch (event names before "show", "offer" as a verb, "a push into connected cars", the
 * speaker of a quoted "we" found through a pronoun or after a quote that runs on) raised holdout64 (0.876
 * to 0.914) and holdout66 (0.902 to 0.922) and moved no other set's signals; retraining moved the blind
 * holdout52's partnerships from 0.909 to 0.897 and holdout62's from 0.698 to 0.710. The third batch (the
 * subject of a clause opened by ", where", pre-series cars, a factory whose cars are named after it or
 * that is being "put up") raised holdout64 (0.914 to 0.933), holdout17, 39 and 53 and the blind
 * holdout61 (0.921 to 0.935, final 0.864 to 0.886), lowering no set's signals; retraining moved the
 * partnerships of holdout39 (0.779 to 0.763) and the blind holdout61 (0.920 to 0.907). Founders of a
 * joint venture formed to make cars announce them (or the venture, when the article names it) and raised
 * holdout8, 10, 23, 44 and 63 (0.803 to 0.814) with no set lower; retraining moved holdout10's
 * partnerships from 0.868 to 0.857. A common-word name opening a sentence before ", which" or ", the"
 * ("Honor, which was spun out of Huawei, said ...") raised six sets' companies and holdout12's signals
 * (0.852 to 0.861); retraining moved holdout38's partnerships from 0.857 to 0.839.
 * rules-18 added holdout68 and holdout70 (studied) and holdout69 and holdout71 (blind). Its first batch,
 * read off holdout68 and holdout70 (a name after a fronted "Founded by former executives of X," is the
 * subject; "for North America" is a market, not a client; "getting into the car business"; "ID.4" is one
 * token; "Its parent, X," names X as the subject; "not going to make cars"; creditor protection; a
 * prepositional "to" lends no future to a verb with its own auxiliary; bare names that "will not make" or
 * are "not building" cars; "one of them said" after "two of the people said"; a phone going on sale; the
 * quoted "we" of an officer named with his firm), raised holdout10 (0.909 to 0.939), holdout30 (0.724 to
 * 0.750), holdout40 (0.939 to 0.948), holdout68 (0.881 to 0.909) and holdout70 (0.730 to 0.814). It
 * lowered two signal floors where an accident had been right: the first set's ho-004 now gives Volkswagen
 * LAUNCHED for "its strategy of developing more cars in China" (0.976 to 0.968), and holdout23's Giant
 * Motors lost a LAUNCHED that came from reading "Its Chinese partner, JAC, ... sells electric cars" as
 * Giant's (0.891 to 0.875). The prepositional-"to" rule first lowered the blind holdout18 (0.913 to
 * 0.893); a bisection by aggregate figures found it, and the rule was narrowed to verbs with an auxiliary
 * of their own, which restored holdout18. Retraining the tie model on the two new studied sets lowered the
 * partnership floors of holdout5 (0.860 to 0.840), holdout28 (0.865 to 0.855), holdout37 (0.950 to
 * 0.937), holdout40 (0.909 to 0.897) and the blind holdout35 (0.861 to 0.845) and holdout62 (0.710 to
 * 0.698), while the blind sets' partnership mean rose (0.880 to 0.882). The second batch (creditor
 * protection sought or filed "from its creditors", "looking closely" at a market, "Apple last year
 * scrapped", robots installed in a car plant, a prototype it "has yet to show", an incumbent selling a
 * petrol model, a production start the firm only aims for) raised holdout70 (0.814 to 0.876), holdout68
 * (0.909 to 0.936), holdout4 and holdout17 and the blind holdout35 (0.809 to 0.838, final 0.838 to
 * 0.865) and holdout49 (0.794 to 0.810), lowering no set. The rule for incumbents selling a car with no
 * EV word near first lowered the blind holdout56 (0.754 to 0.743); a bisection by aggregate figures found
 * it, and it was narrowed to firms that do not make only EVs, which restored holdout56. The third batch
 * (past employers listed with "Inc." and "Co.", a conventional hybrid as a firm's only car, "the company"
 * read as the firm whose brand it calls "its") raised holdout70 (0.876 to 0.908) and holdout31 and moved
 * no blind set; retraining moved the blind holdout61's partnerships from 0.909 to 0.897 and holdout35's
 * from 0.845 to 0.861. The fourth batch (a bare name that also names its car, "the Nuvio sedan", is still
 * a firm; talks on "a separate agreement" leave a signed one standing) raised holdout68 (companies 0.985
 * to 0.990, signals 0.944 to 0.954) and holdout26 (0.863 to 0.882) and the blind holdout71's
 * partnerships (0.828 to 0.841); retraining moved the blind holdout62's partnerships from 0.698 to 0.688
 * and holdout61's from 0.897 to 0.909. Two more sets were written late in rules-18 and measured once at
 * 39cdf58: holdout72 (studied) and holdout73 (blind). An indefinite firm right before a predicate ("Tesla
 * has shown that a newcomer can sell premium electric cars") acts for no firm named earlier: holdout28
 * 0.876 to 0.883, no set lower, no blind set moved. Retraining with holdout72 raised the blind sets'
 * partnership mean from 0.882 to 0.884 (holdout36 +0.017, holdout61 +0.010, holdout62 +0.011) and lowered
 * the studied holdout30's (0.750 to 0.739) and holdout31's (0.800 to 0.785). "would make Oppo the
 * latest Chinese phone maker to look at cars" makes the firm a maker, not a car (and the object's own head,
 * "makes the Californian EV maker a shareholder", is no complement): holdout72 0.835 to 0.854 (final 0.862
 * to 0.897), no other set moved. Rules-19 commissioned four sets, blind or studied decided beforehand, and
 * measured them once at 2674950: holdout74 and holdout76 (studied), holdout75 and holdout77 (blind). The
 * first batch (a "battery-electric" car is no battery; "pull out of electric vehicle manufacturing" is an
 * exit, also for an energy company; an electric "four-wheeler" is a car; bookings for a scooter are no car
 * work; "Foo, whose largest shareholder is a state investment firm" does not make Foo an investor; "bankrupt
 * carmaker Saab" before a name is an epithet; the name opening a "that" clause is its subject) raised
 * holdout76 (0.847 to 0.890, final 0.864 to 0.909) and the blind holdout50 (0.850 to 0.867, final 0.806 to
 * 0.871), holdout62 and holdout77, lowering no set's signals. Retraining the tie model with holdout74 and
 * holdout76 lowered partnership floors of holdout44 (0.80 to 0.79), holdout63 (0.92 to 0.91), holdout70
 * (0.86 to 0.85) and the blind holdout34 (0.88 to 0.87), holdout36 (0.91 to 0.90), holdout61 (0.91 to 0.89)
 * and holdout71 (0.83 to 0.82); the blind sets' partnership mean fell from 0.879 to 0.877 (trained without
 * the two new sets it stays 0.879), and the model is trained on every studied set all the same. The second
 * batch, read off holdout74 ("start-ups that have collapsed include ...", a plural subject that failed is
 * not a firm a pronoun after it names, a concept shown "without a working prototype", "the
 * Vingroup-controlled carmaker" whose owner only modifies it, a factory "which builds the S1 scooter")
 * raised holdout74 (0.813 to 0.829), holdout43 (0.860 to 0.883, final 0.909 to 0.939), holdout30 and
 * holdout48, and moved no blind set. holdout63 fell (0.814 to 0.807): with the owner read as a modifier,
 * "the SoftBank-backed startup" is Ola, whose scooter bookings an earlier sentence names, and "bookings
 * opened" counts as car work in a story that calls motorcycles "electric models". A rule for firms as the
 * subject of "collapsed", "folded" or "went bust" was tried and dropped: it raised no studied set and
 * lowered the blind holdout77 (0.729 to 0.724). Retraining lowered the blind holdout35's partnerships
 * (0.861 to 0.845), holdout61's (0.897 to 0.884) and holdout62's (0.698 to 0.688); the blind partnership
 * mean is 0.875 (rules alone 0.861). The third batch, read off holdout74 (money "pledged to keep funding the
 * carmaker" is a stake in another firm; "never put a vehicle into series production" is no denial and "has
 * never put a car into production" no development; a firm "put into hibernation" has exited) raised
 * holdout74 (0.829 to 0.862, final 0.800 to 0.833) and moved no other set, studied or blind. Two more
 * corpus-genre sets were written late in rules-19 and measured once at b71feb4: holdout78 (studied) and
 * holdout79 (blind). The fourth batch, read off holdout78 ("appointed administrators", a denial "from March
 * last year, when", "cash and short-term deposits", "SUVs, a group that") raised holdout78 (0.831 to 0.881,
 * final 0.871 to 0.903), the companies of holdout12, 24 and 70 and the blind holdout52 (0.850 to 0.867),
 * lowering no set. Reading "start" in "start-up" as no verb was tried first and lowered the blind holdout33
 * (0.879 to 0.864); it was dropped. Retraining with holdout78 lowered partnership floors of holdout17 (0.80
 * to 0.78), holdout43 (0.88 to 0.87) and the blind holdout52 (0.90 to 0.89), holdout56 (0.82 to 0.81),
 * holdout71 (0.82 to 0.80) and holdout77 (0.83 to 0.82), and raised holdout19, 34 and 35; over the 26
 * blind sets measured at 2674950 the partnership mean moved from 0.879 at the start of rules-19 to 0.874.
 * The fifth batch (firms a sentence puts on "the list of start-ups that have collapsed"; "has not decided
 * whether to enter the market" as interest) raised holdout74 (0.862 to 0.896, final 0.833 to 0.900),
 * holdout76 (0.890 to 0.897, final 0.909 to 0.932) and holdout28 (0.883 to 0.893) and moved no blind set.
 * The sixth ("begin contract production"; showrooms "in the second half of the year" as near-term; a quote
 * given to an officer named without a firm speaks for the article's firm) raised holdout76 (0.897 to
 * 0.916) and holdout26 (0.882 to 0.902) and moved no blind set. The last batch added "assembly would begin
 * ... at Valmet Automotive's plant" as contract manufacturing (holdout78's partnerships, rules alone, 0.868
 * to 0.883). A second partnership rule, firms "signed up as minority investors" holding the sentence's
 * first firm, raised holdout78 and holdout11 but lowered the blind holdout80 (rules alone 0.935 to 0.886)
 * and was dropped. Retraining lowered holdout37's partnership floor (0.94 to 0.93) and raised the blind
 * holdout71's and holdout80's partnerships. After them, "the deal marks a formal entry into carmaking" (an
 * entry read as a foray, not after "possible") raised holdout74 (0.896 to 0.905) and the blind holdout45
 * (0.817 to 0.833) and holdout62 (0.764 to 0.782); retraining raised the blind holdout77's partnerships.
 *
 * <p>Rules-20 commissioned six sets, which stay blind decided before any existed: holdout82 and 83 (UK and
 * European business press), 84 and 85 (EV trade and enthusiast press), 86 and 87 (the corpus genre, familiar
 * arcs excluded); the odd ones are blind. The first batch, read off 82, 84 and 86 (a deal one side "reneged
 * on", "breached" or "failed to honour" is over; "conversations with" are talks; "sold out of Hozon" ends a
 * stake; a deal that "ends a year of speculation" goes on; "cell partner" is a supplier; "abandoned its
 * electric pick-up truck", "shelves electric Fusilier", "put its off-roader ... on the shelf" are exits of a
 * newcomer) raised holdout82 (signals 0.819 to 0.857, final 0.844 to 0.906), holdout86 (0.779 to 0.807, final
 * 0.708 to 0.792), holdout13 and the blind holdout83 (0.807 to 0.836, final 0.778 to 0.815), lowering no set
 * with the rules alone. Retraining with the three studied sets raised the blind partnership mean over the 29
 * older blind sets (0.874 to 0.877) and lowered holdout5, 13, 25, 29, 31, 38, 43, 57 and 78 and the blind
 * holdout35 (0.849 to 0.833), whose partnership floors were lowered; it also adds one tie the development
 * corpus does not label (foxconn-honda in a headline, dev-044). The second batch (an aircraft maker's
 * insolvency is no car exit; "when a U.S. truck start-up abandoned its vehicle" names no firm; "drops Ampere
 * stake plan" is no exit; petrol cars handed over and a "battery-powered mini-digger" are no EVs; "is not
 * planning to make", "not considering vehicle production" and a rejected report that it "is studying" a
 * car are denials) raised holdout82 (0.857 to 0.885), holdout84 (0.922 to 0.939, final 0.857 to 0.893) and
 * holdout86 (0.807 to 0.832, final 0.792 to 0.833) and moved no blind set; making "not planning" a denial in
 * the status table instead of as a cue lowered holdout21, 51 and 64 and was not kept. Retraining lowered the
 * blind holdout52's partnerships (0.909 to 0.897). Reading "Hyundai and Kia, which invested ... and were
 * meant to" as both firms (a plural verb in the relative clause) lowered the blind holdout69 (0.829 to
 * 0.819) and was dropped. The third batch, a unit being made a firm to hold another's electric cars
 * ("Renault's new electric-vehicle unit, Ampere", "the EV business Renault is separating", "carve out EV
 * business as Ampere") as announced, raised holdout6, 42, 82 and 86 and the blind holdout45 (0.833 to
 * 0.843, final 0.811 to 0.838) and holdout85 (0.771 to 0.781); retraining lowered the partnership floors of
 * holdout44 and the blind holdout34 (0.889 to 0.876) and holdout54 (0.973 to 0.959) and raised holdout19,
 * 52, 61 and 62. MG Motor India, which most writers since holdout74 label as a firm of its own, became a
 * dictionary firm apart from MG Motor (its Indian models with it): companies, signals and final table rose on
 * holdout74, 76 and 86 and on the blind holdout65 (signals 0.828 to 0.844, final 0.829 to 0.857), holdout77
 * (0.729 to 0.782, final 0.738 to 0.762) and holdout87 (0.835 to 0.870, final 0.897 to 0.931); holdout17
 * fell (0.916 to 0.909): in January 2020 MG Motor India had sold electric cars only that month, so it is no
 * incumbent of that year. Retraining lowered the blind holdout61's partnerships (0.886 to 0.874). Four
 * more sets were commissioned in rules-20, blind decided beforehand: holdout88 and 89 (Chinese English-language
 * EV press) and 90 and 91 (US business press), measured once at 8a682a5; holdout89 met all four goals on
 * first sight. A social-media firm named as the medium ("on Weibo", "a Weibo post") is no firm in the story
 * (holdout88's and 84's companies, the blind holdout65's and 73's). A cue inside a description ("Hozon
 * Auto, the maker of Neta-brand EVs") said of the described firm rather than the clause's subject raised
 * holdout8 but lowered the blind holdout33 (0.879 to 0.864) and was dropped. Retraining with holdout88 and
 * 90 raised the blind partnership mean (29 older sets 0.876 to 0.877; holdout83 0.804 to 0.838) and lowered
 * holdout41, 63 and the blind holdout33 (0.849 to 0.840), 36 (0.903 to 0.889), 54 (0.959 to 0.944) and 73
 * (0.923 to 0.909). "Baidu, one of its early backers," (the possessive is the firm in focus, not the
 * apposition's firm) and "signs Mitsubishi Motors to build its first EV" (as "hires ... to build") raised
 * holdout88 and the blind holdout35's signals and holdout69's partnerships; retraining then lowered holdout31
 * and the blind holdout45 (0.904 to 0.873), 61 and 62 and raised the blind holdout54, 69 and 73. "would add a
 * battery-electric off-roader to its lineup in 2026" as a plan raised holdout90 and the blind holdout45 (0.843 to
 * 0.853, final 0.838 to 0.865); "will resume production" as a production start lowered holdout13, 76 and the
 * blind holdout79 and 89 and was dropped, as was a month of an earlier year ("in October 2023") as history,
 * which moved no set. "a market led by BYD and Tesla" restating an electric-car clause before it as the EV
 * market raised holdout78 (0.881 to 0.900, final 0.903 to 0.935) and moved no other set. A relative clause on a
 * class of firms ("a wave of electric start-ups that have found the road from prototype to production") is
 * said of no named firm, exits aside (the lists of collapsed start-ups name theirs; applied to exits too it
 * lowered holdout74): holdout82 rose (0.895 to 0.904), no other set moved.
 *
 * <p>Rules-21 began with six more sets, blind decided beforehand and all measured once at 54c68c6:
 * holdout92 and 93 (Indian and South-East Asian business press), 94 and 95 (analyst notes, investor
 * newsletters, call recaps), 96 and 97 (the corpus genre); the odd ones are blind. A firm whose name says it
 * assembles ("Bramford Assembly Ltd.", also when its short name came first) or that is described as "a
 * contract assembler" builds its clients' cars and has no production of its own: holdout84, 88 and 90 rose,
 * and the blind holdout18. Taking every kind a longer name states (not only an assembler's) lowered the blind
 * holdout89 and was narrowed. Retraining with holdout92, 94 and 96 raised the blind partnership mean over the 34
 * older blind sets (0.874 to 0.876) and lowered the partnership floors of holdout2, 22, 24, 25, 31, 37, 43 and
 * 66 and the blind holdout33 (0.840 to 0.824), 73 (0.923 to 0.896), 77 and 91 (0.806 to 0.794); it adds a
 * second tie the development corpus does not label (foxconn-magna, dev-042). Suzuki's first EV in the
 * dictionary is now the 2025 e Vitara, as every writer of the labelled sets counts it (eight labels in six
 * sets, none LAUNCHED before it), not the plug-in Across of 2020: holdout8, 17, 63, 92 (final 0.889 to 0.926),
 * 94 and 96 and the blind holdout77, 79, 80 and 93 (signals 0.794 to 0.815, final 0.906 to 0.938) rose, no set
 * fell. Reading "its first battery-electric car" as a firm's word that it had none before lowered holdout5,
 * 29, 30, 41 and 51 and five blind sets (Honda's and Toyota's "first EV" for one market) and was dropped;
 * "we believe" and "our checks suggest" as a writer's inference moved no set and were not kept. "by the end
 * of this year" is a date, not an exit verb with the clause after it as its object: holdout96 rose (0.922 to
 * 0.939, final 0.923 to 0.962), no other set moved. "bookings" (the South and South-East Asian press's word
 * for any car's orders) are EV development work only with an EV word in the sentence: holdout92 rose (0.882
 * to 0.895), no other set moved. Shares that move "on talk that" a firm is in discussions cite the market's
 * chatter, as "on reports that" does: holdout92 rose (0.895 to 0.908), no other set moved. "Energies" ends a
 * firm's name as "Energy" does (holdout92's companies and partnerships); retraining then raised holdout8, 43
 * and the blind holdout77 and lowered the blind holdout54's partnerships (0.973 to 0.959). "Selling a stake in
 * X to Y" as Y's investment in X raised holdout92, but the retrained model then lowered the blind holdout56,
 * 67 and 77 (0.845 to 0.829, 0.919 to 0.904, 0.837 to 0.828) for no blind gain, and it was not kept. A "4x4"
 * is a car (body style): holdout94 rose (0.769 to 0.781, final 0.767 to 0.800), no other set moved. Names
 * before "labels" or "badges" are brands, as before "brands" ("under its Deepal and Avatr labels"): holdout43,
 * 94 and the blind holdout55 rose (signals 0.793 to 0.800), no set fell; retraining raised holdout12, 24 and
 * the blind holdout33 and lowered holdout8, 10 and 43 and the blind holdout19 and 35 (0.861 to 0.845).
 * A short teaser label ending in a colon ("More from Asia autos:") opens a teaser list as one without does:
 * holdout96 rose (companies 0.985 to 0.995), no other set moved. Dictionary alias "Sharp" for Sharp Corp
 * raised holdout84 and 96 and the blind holdout77's companies but lowered its signals (0.787 to 0.782), and
 * was not kept. Of two firms named in full with the same first word, the parent takes the bare word ("LG Magna
 * e-Powertrain" ... "LG Electronics" ... "LG says"): holdout11 and 96 rose (partnerships 0.946 to 0.973), no
 * set fell; retraining raised the blind partnership mean (37 sets 0.8693 to 0.8703: holdout19, 55 +0.029, 71,
 * 81, 91) and lowered holdout6, 41 and 84 and the blind holdout34 (0.876 to 0.864), 56 (0.845 to 0.829) and
 * 67 (0.919 to 0.904). "a $410 million Series C led by X" as X's investment raised holdout94 with the rules
 * alone, but the model already inferred that tie and its retrain lowered the blind partnership mean (0.8703 to
 * 0.8688); it was not kept.
 *
 * <p>Rules-22 commissioned six sets, blind decided before any existed: holdout98 and 99 (issuers' press
 * releases), 100 and 101 (Middle Eastern, African, Latin American and Turkish business press), 102 and 103
 * (the corpus genre); 99, 101 and 103 stay blind. Their floors start just below their first run at 6c59817.
 * The first batch, on names: an officer's title before "of" is no part of a firm's name ("President and CEO
 * of Halvorsen Group") and names its employer ("founder and CEO of Orrin"); "Advisory" ends an adviser's
 * name; "Automotriz" ends a carmaker's; "Ltd of Oxford" says where a firm is; East African motorcycle makers
 * and lenders and two contract assemblers joined the dictionary. With the rules alone holdout98 rose
 * (companies 0.929 to 0.952, partnerships 0.892 to 0.933), holdout100 (companies 0.967 to 0.984), holdout23,
 * 43, 53, 63 and 102 and the blind holdout87, 99 (final 0.909 to 0.955), 101 and 103. Some firms now found
 * brought a wrong tie or signal with them: holdout43's partnerships fell (0.882 to 0.870), holdout53's
 * signals (0.921 to 0.913), holdout100's until the second batch and the blind holdout99's (0.843 to 0.837).
 * Retraining lowered the
 * partnership floors of holdout32, 43 and 47 and the blind holdout36 (0.889 to 0.875), 55 (0.886 to 0.872),
 * 69 (0.854 to 0.840) and 91 (0.806 to 0.794), and raised the blind partnership mean (40 sets 0.8685 to
 * 0.8696). The second batch, on signals: dropping a listing or a stake is no exit ("scraps Ampere listing");
 * a second infinitive shares the aim of the first ("hopes to have a prototype ready ... and to start series
 * production"); a main clause after "If ..." with "would" is hypothetical; "has never confirmed any plan" is
 * no denial; a car "in final testing" or "undergoing testing" is under development; a denial in "the
 * company's 2021 statement" is background. holdout98 (signals 0.907 to 0.928, final 0.889 to 0.926),
 * holdout100 (0.769 to 0.838), holdout102 (0.916 to 0.944, final 0.933 to 0.967), holdout30 and the blind
 * holdout60, 67 and 85 (final 0.828 to 0.862) rose; the blind holdout80's signals fell (0.931 to 0.923).
 * Retraining moved no set's partnerships. The third batch: a name fronted as the topic ("For Roam, the
 * bigger problem is money") is an antecedent of the first rank for a later "the company", though a
 * preposition governs it; staff "made redundant" are no product of a "make". With the rules alone the
 * studied means rose (partnerships 0.8585 to 0.8588 over 64 sets, signals 0.9009 to 0.9012) with
 * holdout22, 47, 51, 59 and 100 and the blind holdout34, 45, 52, 61, 83 (signals 0.836 to 0.862, final
 * 0.815 to 0.852) and 93; holdout3 fell (0.923 to 0.918: the right antecedent now gets a DEVELOPING its
 * writer labels ANNOUNCED) and the blind holdout54 (signals 0.885 to 0.865, final 0.926 to 0.889).
 * Retraining lowered the partnership floors of holdout7, 10, 29, 40, 57, 84 and 92 and the blind holdout73
 * (0.909 to 0.896), 81 (0.816 to 0.808), 89 (0.921 to 0.907) and 99 (0.895 to 0.880); the blind partnership
 * mean went from 0.8696 to 0.8692, signals from 0.8534 to 0.8550 and final accuracy from 0.8730 to 0.8736.
 * Then a fix: "X, the Turkish carmaker backed by a group of conglomerates, has chosen Farasis ..." had made X
 * and Farasis one group (an "of" anywhere after "carmaker" read as "the venture of"), which hid their joint
 * venture; the "of" must now follow the head noun. With the rules alone the studied partnership mean went
 * from 0.8588 to 0.8593 (holdout13, 31, 100 and 102 up; holdout41 and 53 down, where the old reading had
 * hidden a tie their writers do not label). Retraining lowered the partnership floors of holdout6, 31, 32,
 * 53, 74 and 92 and the blind holdout19 (0.886 to 0.874), 34 (0.876 to 0.867), 69 (0.864 to 0.840) and 89
 * (0.907 to 0.895) and raised the blind partnership mean from 0.8692 to 0.8703 (holdout33, 36, 54, 55, 73,
 * 85 and 99 up). Last, "its stake" after a bank or fund as its clause's subject is the fund's own ("Goldman
 * Sachs Asset Management, the second-largest investor, has also written off much of its stake" had reached
 * back to the previous sentence's shareholder): holdout38 and 98 rose with the rules alone, no set fell;
 * retraining lowered the partnership floors of holdout39 and 44 and raised the blind mean to 0.8706
 * (holdout19 +0.020, holdout71 -0.010).
 */
class IndependentSetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // set,       companies, partnerships, signals, final, blind
        "holdout,    0.99, 0.96, 0.96, 0.96, false",
        "holdout2,   0.99, 0.95, 0.97, 0.99, false",
        "holdout3,   0.99, 0.96, 0.91, 0.92, false",
        "holdout4,   0.99, 0.92, 0.90, 0.91, false",
        "holdout5,   0.98, 0.84, 0.95, 0.99, false",
        "holdout6,   0.98, 0.92, 0.93, 0.93, false",
        "holdout7,   0.98, 0.90, 0.89, 0.89, false",
        "holdout8,   0.99, 0.94, 0.87, 0.91, false",
        "holdout9,   0.99, 0.87, 0.86, 0.86, false",
        // blind until b35cce1 (holdout10/11) and a7bc452 (holdout12/13)
        "holdout10,  0.98, 0.86, 0.93, 0.92, false",
        "holdout11,  0.98, 0.90, 0.84, 0.90, false",
        "holdout12,  0.99, 0.89, 0.85, 0.91, false",
        "holdout13,  0.97, 0.75, 0.92, 0.91, false",
        // studied from 4d278cc (holdout17), the recurring-name finder (holdout14/15), 6159e53 (holdout20/21)
        // and d91b803 (holdout22)
        "holdout14,  0.99, 0.90, 0.90, 0.87, false",
        "holdout15,  0.97, 0.82, 0.83, 0.88, false",
        "holdout17,  0.98, 0.80, 0.91, 0.89, false",
        "holdout20,  0.98, 0.94, 0.87, 0.88, false",
        "holdout21,  0.99, 0.96, 0.94, 0.88, false",
        "holdout22,  0.98, 0.82, 0.86, 0.95, false",
        // studied from 2d7f154 (holdout23/24), c8384e1 (holdout25/26), 261c5e4 (holdout27/28), 8c4bd6b
        // (holdout29/30) and 4bf90b4 (holdout31/32)
        "holdout23,  0.98, 0.87, 0.88, 0.92, false",
        "holdout24,  0.99, 0.90, 0.92, 0.95, false",
        "holdout25,  0.98, 0.84, 0.90, 0.96, false",
        "holdout26,  0.98, 0.88, 0.89, 0.95, false",
        "holdout27,  0.94, 0.75, 0.79, 0.90, false",
        "holdout28,  0.96, 0.87, 0.88, 0.92, false",
        "holdout29,  0.97, 0.87, 0.91, 0.91, false",
        "holdout30,  0.92, 0.74, 0.76, 0.76, false",
        "holdout31,  0.99, 0.78, 0.92, 0.95, false",
        "holdout32,  0.98, 0.79, 0.89, 0.88, false",
        // measured blind once at a122c67, then tie-model training data; their signal misses studied in rules-12
        "holdout37,  0.99, 0.93, 0.90, 0.87, false",
        "holdout38,  0.98, 0.83, 0.85, 0.85, false",
        "holdout39,  0.99, 0.76, 0.88, 0.93, false",
        "holdout40,  0.99, 0.90, 0.94, 0.91, false",
        // measured blind once at 8384f37 (rules-12), then studied in rules-13
        "holdout41,  0.98, 0.90, 0.85, 0.88, false",
        "holdout42,  0.97, 0.93, 0.94, 0.95, false",
        "holdout43,  0.99, 0.86, 0.88, 0.93, false",
        "holdout44,  0.98, 0.78, 0.92, 0.99, false",
        // measured blind once at b8070cb (rules-13), then studied in rules-14
        "holdout47,  0.99, 0.85, 0.92, 0.89, false",
        "holdout48,  0.96, 0.83, 0.74, 0.83, false",
        // measured blind once at 88d8f1e (rules-15), then studied in rules-15
        "holdout51,  0.98, 0.82, 0.92, 0.99, false",
        "holdout53,  0.99, 0.88, 0.91, 0.90, false",
        // measured once at 557457e (rules-16 decided beforehand which stay blind), then studied in rules-16
        "holdout57,  0.99, 0.92, 0.89, 0.92, false",
        "holdout59,  0.98, 0.89, 0.85, 0.87, false",
        // measured once at bea6474, then studied in rules-16
        "holdout63,  0.99, 0.92, 0.80, 0.83, false",
        // rules-17: measured once at bc2ecbe (blind or studied decided beforehand), then studied
        "holdout64,  0.96, 0.83, 0.92, 0.95, false",
        "holdout66,  0.97, 0.86, 0.91, 0.95, false",
        // commissioned at the start of rules-18, measured once at 6343189, then studied
        "holdout68,  0.98, 0.87, 0.94, 0.95, false",
        "holdout70,  0.97, 0.86, 0.90, 0.86, false",
        // written late in rules-18, first measured at 39cdf58, then studied
        "holdout72,  0.94, 0.95, 0.84, 0.89, false",
        // commissioned at the start of rules-19, measured once at 2674950, then studied
        "holdout74,  0.98, 0.85, 0.91, 0.92, false",
        "holdout76,  0.99, 0.90, 0.93, 0.94, false",
        // written late in rules-19, measured once at b71feb4, then studied
        "holdout78,  0.98, 0.88, 0.89, 0.93, false",
        // never studied: regression guards only (holdout16/18/19 served as aggregate "costs nothing" checks)
        "holdout16,  0.98, 0.93, 0.96, 0.93, true",
        "holdout18,  0.97, 0.87, 0.91, 0.95, true",
        "holdout19,  0.97, 0.88, 0.88, 0.88, true",
        // commissioned at 4bf90b4, measured only
        "holdout33,  0.99, 0.84, 0.87, 0.88, true",
        "holdout34,  0.97, 0.86, 0.85, 0.86, true",
        // commissioned in the rules-11 work and measured only
        "holdout35,  0.99, 0.84, 0.83, 0.85, true",
        "holdout36,  0.97, 0.88, 0.94, 0.93, true",
        // commissioned during rules-13 and measured only, once
        "holdout45,  0.98, 0.88, 0.86, 0.85, true",
        "holdout46,  0.99, 0.97, 0.87, 0.88, true",
        // commissioned during rules-14 and measured only, once
        "holdout49,  0.99, 0.87, 0.80, 0.85, true",
        "holdout50,  0.98, 0.89, 0.86, 0.86, true",
        // commissioned during rules-15 and measured only
        "holdout52,  0.99, 0.90, 0.88, 0.93, true",
        "holdout54,  0.98, 0.96, 0.86, 0.88, true",
        // commissioned at the end of rules-15 and measured once, at 71c84d6
        "holdout55,  0.99, 0.88, 0.79, 0.81, true",
        "holdout56,  0.97, 0.84, 0.75, 0.74, true",
        // commissioned during rules-16 and measured once, at 557457e, before any rules-16 change
        "holdout58,  0.99, 0.90, 0.90, 0.96, true",
        "holdout60,  0.99, 0.89, 0.82, 0.81, true",
        // commissioned at the end of rules-16 and measured once, at 2f3eb7f
        "holdout61,  0.99, 0.89, 0.93, 0.90, true",
        "holdout62,  0.94, 0.70, 0.77, 0.87, true",
        // commissioned at the start of rules-17 and measured once, at bc2ecbe
        "holdout65,  0.96, 0.83, 0.83, 0.85, true",
        "holdout67,  0.99, 0.89, 0.82, 0.89, true",
        // commissioned at the start of rules-18, first measured at 6343189, never studied
        "holdout69,  0.99, 0.83, 0.90, 0.90, true",
        "holdout71,  0.94, 0.85, 0.72, 0.80, true",
        // written late in rules-18, first measured at 39cdf58, never studied
        "holdout73,  0.97, 0.90, 0.80, 0.73, true",
        // commissioned at the start of rules-19, first measured at 2674950, never studied
        "holdout75,  0.98, 0.91, 0.80, 0.81, true",
        "holdout77,  0.96, 0.83, 0.78, 0.75, true",
        // written late in rules-19, first measured at b71feb4, never studied
        "holdout79,  0.97, 0.87, 0.92, 0.85, true",
        // written at the end of rules-19, first measured at a877962, never studied
        "holdout80,  0.97, 0.90, 0.92, 0.89, true",
        "holdout81,  0.94, 0.80, 0.86, 0.87, true",
        // commissioned at the start of rules-20 and first measured at 020624b; 83, 85 and 87 never studied
        "holdout82,  0.97, 0.80, 0.89, 0.90, false",
        "holdout83,  0.96, 0.83, 0.85, 0.84, true",
        "holdout84,  0.97, 0.83, 0.94, 0.88, false",
        "holdout85,  0.96, 0.84, 0.79, 0.85, true",
        "holdout86,  0.98, 0.82, 0.88, 0.87, false",
        "holdout87,  0.99, 0.90, 0.87, 0.92, true",
        // written in the middle of rules-20 and first measured at 8a682a5; 89 and 91 never studied
        "holdout88,  0.97, 0.87, 0.87, 0.81, false",
        "holdout89,  0.96, 0.88, 0.90, 0.93, true",
        "holdout90,  0.98, 0.86, 0.91, 0.94, false",
        "holdout91,  0.95, 0.78, 0.82, 0.85, true",
        // commissioned at the start of rules-21 and first measured at 54c68c6; 93, 95 and 97 never studied
        "holdout92,  0.97, 0.73, 0.90, 0.92, false",
        "holdout93,  0.97, 0.73, 0.81, 0.93, true",
        "holdout94,  0.95, 0.86, 0.78, 0.79, false",
        "holdout95,  0.97, 0.79, 0.85, 0.87, true",
        "holdout96,  0.99, 0.98, 0.95, 0.95, false",
        "holdout97,  0.96, 0.86, 0.81, 0.81, true",
        // commissioned at the start of rules-22 and first measured at 6c59817; 99, 101 and 103 never studied
        "holdout98,  0.94, 0.94, 0.92, 0.92, false",
        "holdout99,  0.96, 0.88, 0.83, 0.94, true",
        "holdout100, 0.97, 0.90, 0.83, 0.91, false",
        "holdout101, 0.97, 0.78, 0.81, 0.89, true",
        "holdout102, 0.98, 0.89, 0.93, 0.96, false",
        "holdout103, 0.99, 0.88, 0.83, 0.76, true",
    })
    void doesNotFallBack(String set, double companies, double partnerships, double signals, double finalAccuracy,
                         boolean blind) throws IOException {
        EvaluationReport r = CorpusRun.evaluate(set + "/articles.jsonl", set + "/gold.json");
        // a blind set's misses are never printed: reading them would end its use as a blind measure
        String figures = set + "\n" + r.format(blind ? 0 : 10);
        assertTrue(r.companies().f1() >= companies, figures);
        assertTrue(r.partnerships().f1() >= partnerships, figures);
        assertTrue(r.signals().f1() >= signals, figures);
        assertTrue(r.finalAccuracy() >= finalAccuracy, figures);
    }
}
