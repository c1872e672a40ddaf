package evradar.topology;

/**
 * Every processor, store and internal topic name of the topology, in one place. These names are
 * part of the deployed state (changelog and repartition topics are named after them): changing one
 * orphans that state, so {@code TopologyNamesTest} pins them. The query layer uses the store names.
 */
public final class TopologyNames {

    public static final String ARTICLES_SOURCE = "articles-source";
    public static final String VALIDATE = "validate-article";
    public static final String DEDUPE = "dedupe-article";
    public static final String EXTRACT = "extract-article";
    public static final String EXTRACTIONS_SINK = "extractions-sink";
    public static final String SPLIT_BY_FIRM = "split-by-firm";
    /** Repartition of firm evidence by company id; the topic is {@code <application.id>-firm-evidence-repartition}. */
    public static final String FIRM_EVIDENCE_REPARTITION = "firm-evidence";
    public static final String FOLD_STATUS = "fold-firm-status";
    public static final String STATUS_VALUES = "status-values";
    public static final String STATUS_SINK = "market-status-sink";
    public static final String CHANGES_ONLY = "changes-only";
    public static final String CHANGES_VALUES = "change-values";
    public static final String CHANGES_SINK = "status-changes-sink";
    /** The global-store processor; its source node is {@code companies-update-source}. */
    public static final String COMPANIES_UPDATE = "companies-update";

    /** Article ids already seen (dedupe). */
    public static final String ARTICLE_IDS_STORE = "article-ids";
    /** Each firm's evidence set, one FirmEvidence per (firm, article) under {@link EvidenceKeys}: what the status is folded from. */
    public static final String FIRM_EVIDENCE_STORE = "firm-evidence-store";
    /** Each firm's current FirmStatus by company id: change detection and interactive queries. */
    public static final String FIRM_STATUS_STORE = "firm-status-store";
    /** The runtime company dictionary from companies.reference (global store). */
    public static final String COMPANIES_STORE = "companies-store";

    private TopologyNames() {
    }
}
