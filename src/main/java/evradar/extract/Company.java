package evradar.extract;

import java.util.List;
import java.util.Objects;

/**
 * A firm the extractor knows: its stable id, the surface forms that name it, and the facts the
 * rules use (kind, country, parent, brands, first year of EV sales, descriptive nouns).
 *
 * @param aliases      case-sensitive surface forms naming the firm (possessives are handled by the matcher)
 * @param formerNames  earlier names, matched like aliases
 * @param parent       company id of the owning group, or null
 * @param brands       brand and product names owned by the firm: cues, never company mentions
 * @param evSalesSince year the firm first sold plug-in or battery EVs, or null if it never has
 * @param descriptors  nouns the press uses to refer back to the firm ("smartphone maker")
 * @param evDevelopmentSince year the firm was first known to be developing cars of its own (a platform
 *                     or prototypes shown, engineers at work on a model), or null; set only for firms
 *                     whose programme was public before they sold a car
 */
public record Company(
        String id,
        String name,
        CompanyKind kind,
        String country,
        List<String> aliases,
        List<String> formerNames,
        String parent,
        List<String> brands,
        Integer evSalesSince,
        List<String> descriptors,
        Integer evDevelopmentSince) {

    /** A firm with no known EV development programme before any sales. */
    public Company(String id, String name, CompanyKind kind, String country, List<String> aliases,
                   List<String> formerNames, String parent, List<String> brands, Integer evSalesSince,
                   List<String> descriptors) {
        this(id, name, kind, country, aliases, formerNames, parent, brands, evSalesSince, descriptors, null);
    }

    public Company {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("company id is blank");
        }
        name = name == null || name.isBlank() ? id : name;
        kind = kind == null ? CompanyKind.OTHER : kind;
        aliases = clean(aliases);
        formerNames = clean(formerNames);
        brands = clean(brands);
        descriptors = clean(descriptors);
        parent = parent == null || parent.isBlank() ? null : parent;
        country = country == null || country.isBlank() ? null : country;
    }

    /** A firm known only by its name (tests, runtime additions with few facts). */
    public static Company named(String id, String name, CompanyKind kind, String... aliases) {
        return new Company(id, name, kind, null, List.of(aliases), List.of(), null, List.of(), null, List.of());
    }

    /** This firm with another kind, every other fact kept. */
    public Company withKind(CompanyKind newKind) {
        return new Company(id, name, newKind, country, aliases, formerNames, parent, brands, evSalesSince, descriptors,
                evDevelopmentSince);
    }

    /** This firm with other aliases, every other fact kept. */
    public Company withAliases(List<String> newAliases) {
        return new Company(id, name, kind, country, newAliases, formerNames, parent, brands, evSalesSince, descriptors,
                evDevelopmentSince);
    }

    /** This firm with a country and descriptive nouns learned from the text, every other fact kept. */
    public Company withCountryAndDescriptors(String newCountry, List<String> newDescriptors) {
        return new Company(id, name, kind, newCountry, aliases, formerNames, parent, brands, evSalesSince,
                newDescriptors, evDevelopmentSince);
    }

    /** Every surface form that names the firm: the display name, the aliases and the former names. */
    public List<String> surfaceForms() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(name);
        all.addAll(aliases);
        all.addAll(formerNames);
        return List.copyOf(all);
    }

    /** Whether the firm was already selling EVs before the given year (an incumbent EV seller). */
    public boolean soldEvsBefore(int year) {
        return evSalesSince != null && evSalesSince < year;
    }

    /**
     * Whether the firm was already known, before the given year, to be developing cars of its own and had
     * not yet sold any: an announcement about it can no longer be its first step.
     */
    public boolean developingEvsBefore(int year) {
        return evDevelopmentSince != null && evDevelopmentSince < year && !soldEvsBefore(year);
    }

    private static List<String> clean(List<String> xs) {
        if (xs == null) {
            return List.of();
        }
        return xs.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
