package evradar.topology;

import evradar.avro.CompanyProfile;
import evradar.extract.Company;
import evradar.extract.CompanyDictionary;
import evradar.extract.CompanyKind;
import evradar.extract.Extractor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The live extractor over the bundled dictionary plus runtime entries from companies.reference.
 * Updates only bump a version; the matcher is rebuilt lazily by the next extraction, so a burst of
 * profiles (the whole topic at start-up) costs one rebuild, not one per profile.
 */
public final class DictionaryLiveExtractor implements LiveExtractor {

    private final CompanyDictionary bundled;
    private final Function<CompanyDictionary, Extractor> factory;
    private final Map<String, Company> runtime = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private volatile Built built;

    private record Built(long version, Extractor extractor) {
    }

    public DictionaryLiveExtractor(CompanyDictionary bundled, Function<CompanyDictionary, Extractor> factory) {
        this.bundled = bundled;
        this.factory = factory;
        this.built = new Built(0, factory.apply(bundled));
    }

    @Override
    public Extractor current() {
        Built b = built;
        long wanted = version.get();
        if (b.version() == wanted) {
            return b.extractor();
        }
        synchronized (this) {
            if (built.version() != version.get()) {
                long v = version.get();
                built = new Built(v, factory.apply(bundled.with(List.copyOf(runtime.values()))));
            }
            return built.extractor();
        }
    }

    @Override
    public void upsert(CompanyProfile profile) {
        runtime.put(profile.getId(), toCompany(profile));
        version.incrementAndGet();
    }

    @Override
    public void remove(String companyId) {
        if (runtime.remove(companyId) != null) {
            version.incrementAndGet();
        }
    }

    /** How many firms the topic has added or overridden. */
    public int runtimeEntries() {
        return runtime.size();
    }

    static Company toCompany(CompanyProfile p) {
        return new Company(p.getId(), p.getName(), CompanyKind.parse(p.getKind()), p.getCountry(), p.getAliases(), List.of(),
                p.getParent(), p.getBrands(), p.getEvSalesSince(), p.getDescriptors(), p.getEvDevelopmentSince());
    }
}
