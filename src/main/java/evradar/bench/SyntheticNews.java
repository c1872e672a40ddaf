package evradar.bench;

import evradar.avro.ArticleEvent;
import evradar.avro.CompanyProfile;
import evradar.avro.EvStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic but plainly worded EV news for benchmarks: a pool of invented firms, and for each firm a
 * cycle of statuses in which every step changes the firm's status under the precedence rules, so
 * every article is meant to raise exactly one alert.
 */
public final class SyntheticNews {

    /** Each step replaces the previous one under the rules: unconfirmed talk first, then confirmed stages and exits. */
    static final List<EvStatus> CYCLE = List.of(EvStatus.ANNOUNCED, EvStatus.DEVELOPING, EvStatus.LAUNCHED, EvStatus.EXITED);

    private static final String[] ONSETS = {"B", "D", "K", "L", "M", "N", "R", "S", "T", "V", "Z", "Qu", "Tr", "Br", "Gr", "Pr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "io"};
    private static final String[] CODAS = {"n", "r", "x", "v", "l", "nd", "rt"};

    private final List<CompanyProfile> firms = new ArrayList<>();
    private final int[] step;
    private final Instant start;

    public SyntheticNews(int firmCount, Instant start) {
        for (int i = 0; firms.size() < firmCount; i++) {
            String stem = ONSETS[i % ONSETS.length] + VOWELS[(i / ONSETS.length) % VOWELS.length]
                    + CODAS[(i / (ONSETS.length * VOWELS.length)) % CODAS.length]
                    + VOWELS[(i / (ONSETS.length * VOWELS.length * CODAS.length)) % VOWELS.length] + "ra";
            String name = stem + " Motors";
            String id = "bench-" + stem.toLowerCase() + "-motors";
            firms.add(CompanyProfile.newBuilder().setId(id).setName(name).setAliases(List.of(name, stem))
                    .setKind("EV_STARTUP").setCountry("DE").setDescriptors(List.of("carmaker", "startup")).build());
        }
        this.step = new int[firmCount];
        this.start = start;
    }

    public List<CompanyProfile> firms() {
        return firms;
    }

    /** The n-th article: about firm n mod pool size, one step further in its cycle, one second after the previous one. */
    public Article article(long n) {
        int f = (int) (n % firms.size());
        CompanyProfile firm = firms.get(f);
        EvStatus status = step[f] == 0 && n < firms.size() ? EvStatus.RUMORED : CYCLE.get(step[f]++ % CYCLE.size());
        String name = firm.getName();
        String body = switch (status) {
            case RUMORED -> name + " is preparing to launch its first electric car, according to people familiar with the matter.";
            case ANNOUNCED -> name + " announced on Monday that it will build electric vehicles and has set up an EV subsidiary.";
            case DEVELOPING -> name + " began road tests of prototypes of its first electric car this week.";
            case LAUNCHED -> name + " started deliveries of its first electric car to customers on Friday.";
            default -> name + " said it has scrapped its electric car project and shut down its EV unit.";
        };
        String id = "bench-" + n;
        // the bulletin number makes each text unique: the same text again from the same source would be a re-sent copy
        ArticleEvent event = ArticleEvent.newBuilder().setId(id).setSource("Bench Wire").setUrl(null)
                .setPublishedAt(start.plusSeconds(n)).setTitle(name + " EV update, bulletin " + n).setBody(body).build();
        return new Article(event, firm.getId(), status);
    }

    /** An article and what it is meant to do. */
    public record Article(ArticleEvent event, String companyId, EvStatus status) {
    }
}
