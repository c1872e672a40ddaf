package evradar.extract;

import java.util.List;

/**
 * What one article says: the firms its story names (boilerplate excluded), the ties between them
 * (one per unordered pair) and at most one EV-market signal per firm.
 */
public record Extraction(
        String articleId,
        List<CompanyHit> companies,
        List<PartnershipHit> partnerships,
        List<SignalHit> signals) {

    public Extraction {
        companies = List.copyOf(companies);
        partnerships = List.copyOf(partnerships);
        signals = List.copyOf(signals);
    }

    public static Extraction empty(String articleId) {
        return new Extraction(articleId, List.of(), List.of(), List.of());
    }
}
