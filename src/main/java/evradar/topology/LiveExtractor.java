package evradar.topology;

import evradar.avro.CompanyProfile;
import evradar.extract.Extractor;

/**
 * The extractor in force right now: the bundled dictionary plus the firms the companies.reference
 * topic adds or overrides. Updated by the global-store processor, read by every stream thread.
 */
public interface LiveExtractor {

    /** The extractor for the dictionary as it is now. */
    Extractor current();

    /** Adds or replaces a runtime entry. */
    void upsert(CompanyProfile profile);

    /** Removes a runtime entry (a tombstone on companies.reference); bundled entries stay. */
    void remove(String companyId);
}
