package evradar.extract;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The one-line JSON form of an extraction printed by {@code evradar extract}:
 * {@code {"articleId": ..., "companies": [{"id", "name", "mentions"}], "partnerships": [{"a", "b",
 * "type", "certainty"}], "signals": [{"companyId", "status", "certainty", "targetYear", "evidence"}]}},
 * with fields in that order.
 */
public final class ExtractionJson {

    private ExtractionJson() {
    }

    public static String line(Extraction x) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"articleId\": ").append(str(x.articleId())).append(", \"companies\": [");
        for (int i = 0; i < x.companies().size(); i++) {
            CompanyHit c = x.companies().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"id\": ").append(str(c.id())).append(", \"name\": ").append(str(c.name()))
                    .append(", \"mentions\": ").append(c.mentions()).append('}');
        }
        b.append("], \"partnerships\": [");
        for (int i = 0; i < x.partnerships().size(); i++) {
            PartnershipHit p = x.partnerships().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"a\": ").append(str(p.a())).append(", \"b\": ").append(str(p.b()))
                    .append(", \"type\": ").append(str(p.type().name())).append(", \"certainty\": ")
                    .append(str(p.certainty().name())).append('}');
        }
        b.append("], \"signals\": [");
        for (int i = 0; i < x.signals().size(); i++) {
            SignalHit s = x.signals().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"companyId\": ").append(str(s.companyId())).append(", \"status\": ")
                    .append(str(s.status().name())).append(", \"certainty\": ").append(str(s.certainty().name()))
                    .append(", \"targetYear\": ").append(s.targetYear() == null ? "null" : s.targetYear().toString())
                    .append(", \"evidence\": ").append(str(s.evidence())).append('}');
        }
        return b.append("]}").toString();
    }

    private static String str(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s == null ? "" : s)) + '"';
    }
}
