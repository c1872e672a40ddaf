package evradar.extract.names;

import evradar.extract.Company;
import evradar.extract.CompanyDictionary;
import evradar.extract.CompanyKind;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the firms an article names. Composes the finders (dictionary first; names by form and by
 * apposition only where the dictionary found nothing), then settles what needs the whole article:
 * a one-word name the article keeps using as a firm's is a firm ({@link RecurringNameFinder}); a
 * common-word alias at a sentence start counts only if the firm is named plainly elsewhere; a
 * surface that is both a firm's alias and another firm's brand is the brand when that other firm is
 * named; a firm found by form is also found by its short name in later sentences ("Lordstown
 * Motors" ... "Lordstown").
 */
public final class CompanyRecognizer {

    private static final int MAX_ARTICLE_FIRMS = 64;

    /** Accepted spans per sentence (companies and brands), and every firm they name. */
    public record Result(List<List<NameSpan>> spans, Map<String, Company> companies) {
    }

    private final CompanyDictionary dictionary;
    private final DictionaryNameFinder dictionaryFinder;
    private final NameFinder formFinder = new OrganisationFormFinder();
    private final NameFinder describedFinder = new DescribedNameFinder();

    public CompanyRecognizer(CompanyDictionary dictionary) {
        this.dictionary = dictionary;
        this.dictionaryFinder = new DictionaryNameFinder(dictionary);
    }

    public CompanyDictionary dictionary() {
        return dictionary;
    }

    public Result recognise(List<Sentence> sentences) {
        List<List<NameSpan>> raw = new ArrayList<>(sentences.size());
        boolean[] titleCaseLine = new boolean[sentences.size()];
        StringBuilder proseText = new StringBuilder();
        for (int si = 0; si < sentences.size(); si++) {
            titleCaseLine[si] = titleCase(sentences.get(si));
            if (!titleCaseLine[si]) {
                proseText.append(sentences.get(si).text()).append('\n');
            }
        }
        String prose = proseText.toString();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<NameSpan> spans = new ArrayList<>(dictionaryFinder.find(s));
            ventureNamedAfterParents(spans, DescribedNameFinder.ventureNames(s));
            boolean titleCase = titleCaseLine[si];
            addIfFree(spans, titleCase ? namedInProse(formFinder.find(s), prose) : formFinder.find(s));
            addIfFree(spans, titleCase ? namedInProse(describedFinder.find(s), prose) : describedFinder.find(s));
            raw.add(spans);
        }
        List<List<NameSpan>> recurring = RecurringNameFinder.find(sentences, raw);
        for (int si = 0; si < raw.size(); si++) {
            addIfFree(raw.get(si), recurring.get(si));
        }
        // Firms named without doubt somewhere in the article.
        Set<String> plainlyNamed = new HashSet<>();
        for (List<NameSpan> spans : raw) {
            for (int i = 0; i < spans.size(); i++) {
                NameSpan n = spans.get(i);
                if (n.isCompany() && !n.needsSupport() && !hasRival(spans, i)) {
                    plainlyNamed.add(n.companyId());
                }
            }
        }
        Map<String, Company> companies = new LinkedHashMap<>();
        Map<String, Company> unknown = new LinkedHashMap<>();
        List<List<NameSpan>> settled = new ArrayList<>(raw.size());
        for (List<NameSpan> spans : raw) {
            List<NameSpan> out = new ArrayList<>();
            for (NameSpan n : resolveAmbiguous(spans, plainlyNamed)) {
                if (n.isCompany() && platformAsMedium(sentences.get(settled.size()), n)) {
                    continue; // "wrote on Weibo", "in a Weibo post": the platform carries the news, it is not in it
                }
                if (n.isCompany() && n.needsSupport()) {
                    if (!plainlyNamed.contains(n.companyId()) && !ownBrandBeside(spans, n)) {
                        continue;
                    }
                    n = n.supported();
                }
                if (n.isCompany() && n.source() != NameSpan.Source.DICTIONARY) {
                    Company c = inferred(n);
                    Company same = unknown.containsKey(c.id()) ? unknown.get(c.id()) : sameShortName(unknown, c);
                    if (same != null) {
                        n = n.as(NameSpan.Type.COMPANY, same.id(), same.name());
                    } else if (unknown.size() >= MAX_ARTICLE_FIRMS) {
                        continue;
                    } else {
                        unknown.put(c.id(), c);
                        n = n.as(NameSpan.Type.COMPANY, c.id(), c.name());
                    }
                }
                out.add(n);
            }
            settled.add(out);
        }
        if (!unknown.isEmpty()) {
            foldUnitsIntoParents(settled, unknown);
        }
        Map<String, Company> dictionaryShortForms = shortFormsOfDictionaryFirms(settled);
        renameToDictionaryFirms(settled, dictionaryShortForms);
        Map<String, Company> shortened = new LinkedHashMap<>(unknown);
        shortened.putAll(dictionaryShortForms);
        if (!shortened.isEmpty()) {
            addArticleAliases(sentences, settled, shortened);
        }
        if (!unknown.isEmpty()) {
            learnFromAppositions(sentences, settled, unknown);
        }
        shortFormsOfNamedFirms(settled);
        for (List<NameSpan> spans : settled) {
            for (NameSpan n : spans) {
                if (n.isCompany() && !companies.containsKey(n.companyId())) {
                    Company c = dictionary.byId(n.companyId()).orElse(unknown.get(n.companyId()));
                    if (c != null) {
                        companies.put(c.id(), c);
                    }
                }
            }
        }
        return new Result(settled, companies);
    }

    private static final Set<String> MEDIUM_NOUNS = Set.of("post", "posts", "account", "accounts", "user", "users",
            "hashtag", "hashtags", "page", "feed", "livestream", "live-stream", "video", "videos", "thread", "rumour",
            "rumor", "rumours", "rumors", "poll", "handle");

    /**
     * A social-media firm named as the medium of a message: "circulated widely on Weibo", "in a Weibo post",
     * "wrote on his Weibo account". The dictionary's descriptors tell which firms are such platforms.
     */
    private boolean platformAsMedium(Sentence s, NameSpan n) {
        Company c = dictionary.byId(n.companyId()).orElse(null);
        if (c == null || c.descriptors().stream().noneMatch(x -> x.contains("social media") || x.contains("microblogging")
                || x.contains("video platform"))) {
            return false;
        }
        String before = n.start() > 0 ? s.lower(n.start() - 1) : "";
        String after = n.end() < s.size() ? s.lower(n.end()) : "";
        return before.equals("on") || before.equals("via") || MEDIUM_NOUNS.contains(after);
    }

    /**
     * A one-word alias that is also the first word of another firm's full name used in the article
     * refers to that firm: after "LG Electronics", "LG" is LG Electronics, not whichever firm the
     * dictionary lists "LG" for -- unless that firm is itself named in full.
     */
    private void shortFormsOfNamedFirms(List<List<NameSpan>> settled) {
        Map<String, String> firstWordOwner = new HashMap<>();
        Map<String, String> displayName = new HashMap<>();
        Set<String> namedInFull = new HashSet<>();
        for (List<NameSpan> spans : settled) {
            for (NameSpan n : spans) {
                if (!n.isCompany()) {
                    continue;
                }
                displayName.put(n.companyId(), n.name());
                int space = n.surface().indexOf(' ');
                if (space > 0) {
                    String first = n.surface().substring(0, space);
                    String owner = firstWordOwner.get(first);
                    // "LG Magna e-Powertrain" ... "LG Electronics" ... "LG says": the bare name is the family's,
                    // and of two firms sharing it the parent is the one it stands for
                    if (owner == null || dictionary.byId(owner).map(c -> n.companyId().equals(c.parent())).orElse(false)) {
                        firstWordOwner.put(first, n.companyId());
                    }
                    namedInFull.add(n.companyId());
                }
            }
        }
        for (List<NameSpan> spans : settled) {
            for (int i = 0; i < spans.size(); i++) {
                NameSpan n = spans.get(i);
                String owner = firstWordOwner.get(n.surface());
                // a firm's own name ("Sony" beside "Sony Honda Mobility") is never reassigned
                if (n.isCompany() && n.length() == 1 && owner != null && !owner.equals(n.companyId())
                        && !namedInFull.contains(n.companyId()) && !n.surface().equals(n.name())) {
                    spans.set(i, n.as(NameSpan.Type.COMPANY, owner, displayName.getOrDefault(owner, n.name())));
                }
            }
        }
    }

    /**
     * What the article says each firm outside the dictionary is ("Foo, a Texas private-equity
     * firm"): its kind, country and descriptors, from the phrases set beside any of its names.
     */
    private static void learnFromAppositions(List<Sentence> sentences, List<List<NameSpan>> settled,
                                             Map<String, Company> unknown) {
        Map<String, CompanyKind> kinds = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        Map<String, List<String>> descriptors = new HashMap<>();
        for (int si = 0; si < settled.size(); si++) {
            for (NameSpan n : settled.get(si)) {
                if (!n.isCompany() || !unknown.containsKey(n.companyId())) {
                    continue;
                }
                Apposition.Facts f = Apposition.of(sentences.get(si), n.start(), n.end());
                if (DescribedNameFinder.afterObserverRole(sentences.get(si), n.start())) {
                    kinds.put(n.companyId(), CompanyKind.RESEARCH); // "analysts at Foo Equities": it comments
                }
                if (f.kind() != null) {
                    kinds.putIfAbsent(n.companyId(), f.kind());
                }
                if (f.country() != null) {
                    countries.putIfAbsent(n.companyId(), f.country());
                }
                for (String x : f.descriptors()) {
                    List<String> ds = descriptors.computeIfAbsent(n.companyId(), k -> new ArrayList<>());
                    if (!ds.contains(x)) {
                        ds.add(x);
                    }
                }
            }
        }
        for (Map.Entry<String, Company> e : unknown.entrySet()) {
            Company c = e.getValue();
            String id = e.getKey();
            if (!kinds.containsKey(id) && !countries.containsKey(id) && !descriptors.containsKey(id)) {
                continue;
            }
            CompanyKind kind = kinds.getOrDefault(id, c.kind());
            if (c.kind() == CompanyKind.RESEARCH) {
                kind = CompanyKind.RESEARCH; // its analysts comment: an observer whatever else it is
            }
            e.setValue(c.withKind(kind).withCountryAndDescriptors(countries.getOrDefault(id, c.country()),
                    descriptors.getOrDefault(id, List.of())));
        }
    }

    /**
     * "LG Magna e-Powertrain, a joint venture with ...": a venture's own name built from its parents'
     * names is one name, not two mentions of the parents. Applies only when the venture name holds
     * two different dictionary firms and goes beyond them.
     */
    private static void ventureNamedAfterParents(List<NameSpan> spans, List<NameSpan> ventures) {
        for (NameSpan v : ventures) {
            Set<String> inside = new HashSet<>();
            int covered = 0;
            boolean crossing = false;
            for (NameSpan n : spans) {
                if (n.start() >= v.start() && n.end() <= v.end()) {
                    if (n.isCompany()) {
                        inside.add(n.companyId());
                        covered = Math.max(covered, n.end());
                    }
                } else if (n.overlaps(v)) {
                    crossing = true;
                }
            }
            if (inside.size() >= 2 && !crossing && covered < v.end()) {
                spans.removeIf(n -> n.start() >= v.start() && n.end() <= v.end());
                spans.add(v);
                spans.sort(Comparator.comparingInt(NameSpan::start));
            }
        }
    }

    /**
     * A dictionary firm named in full with a designator ("Lordstown Motors Corp", "Hino Motors") is
     * also named by its short form later in the article ("Lordstown said ..."), as journalists
     * write. The short form must be distinctive: not an ordinary word, place or given name.
     */
    private Map<String, Company> shortFormsOfDictionaryFirms(List<List<NameSpan>> settled) {
        Map<String, Company> out = new LinkedHashMap<>();
        for (List<NameSpan> spans : settled) {
            for (NameSpan n : spans) {
                if (!n.isCompany() || n.source() != NameSpan.Source.DICTIONARY || out.containsKey(n.companyId())) {
                    continue;
                }
                String[] words = n.surface().split(" ");
                int core = words.length;
                while (core > 1 && (Lexicon.isLegalSuffix(words[core - 1]) || Lexicon.isCorporateDesignator(words[core - 1]))) {
                    core--;
                }
                if (core == words.length && words.length >= 2 && words[0].length() >= 4
                        && !Lexicon.isGivenName(words[0]) && !firstWordOfAnother(settled, n, words[0])) {
                    // "Aston Martin Lagonda" ... "Aston's shareholder", "Faraday Future" ... "Faraday said":
                    // a later mention by the first word alone, when that word is distinctive
                    core = 1;
                }
                List<String> forms = new ArrayList<>(2);
                String shortName = String.join(" ", java.util.Arrays.copyOf(words, core));
                if (core < words.length && (distinctiveShortName(shortName) || specificOrdinaryWord(shortName))
                        && !dictionaryFinder.isKnownSurface(shortName)) {
                    forms.add(shortName); // not "General" of General Motors, nor an alias already known
                }
                String initials = initials(words);
                if (initials != null && !dictionaryFinder.isKnownSurface(initials)) {
                    forms.add(initials);
                }
                Company c = forms.isEmpty() ? null : dictionary.byId(n.companyId()).orElse(null);
                if (c != null) {
                    out.put(c.id(), c.withAliases(forms));
                }
            }
        }
        return out;
    }

    private static boolean allCaps(String w) {
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The initials of a name of two to four capitalised words, designators included ("Faraday Future":
     * "FF", "Lordstown Motors Corp": "LMC"), which journalists use for it once it has been named in
     * full ("FF has been hand-building pre-production cars"); null when they would spell an English
     * word ("AM", "IT") or the name has other words.
     */
    private static String initials(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        StringBuilder b = new StringBuilder(words.length);
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return null;
            }
            b.append(w.charAt(0));
        }
        String out = b.toString();
        return Lexicon.isEnglishWord(out.toLowerCase(java.util.Locale.ROOT)) ? null : out;
    }

    /**
     * A headline in Title Case ("Phone Maker Sunvale Reportedly In Early Talks With Chery"): every
     * long word is capitalised, so capitals say nothing about names. The title or a line without a
     * closing stop, with four or more words of four or more letters, three quarters of them capitalised.
     */
    static boolean titleCase(Sentence s) {
        String last = s.size() == 0 ? "" : s.lower(s.size() - 1);
        if (!s.title() && (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\""))) {
            return false; // prose; a headline line inside the body has no closing stop
        }
        int words = 0;
        int capitalised = 0;
        for (evradar.extract.text.Token t : s.tokens()) {
            String x = t.text();
            if (x.length() >= 4 && x.chars().allMatch(Character::isLetter)) {
                words++;
                if (Character.isUpperCase(x.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 4 >= words * 3;
    }

    /** Names found by their form in a Title Case line count only when the prose names them too. */
    private static List<NameSpan> namedInProse(List<NameSpan> found, String prose) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan n : found) {
            if (prose.contains(n.surface())) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether another firm named in the article has a name that starts with the same word. */
    private static boolean firstWordOfAnother(List<List<NameSpan>> settled, NameSpan n, String word) {
        for (List<NameSpan> spans : settled) {
            for (NameSpan o : spans) {
                if (o.isCompany() && o.source() == NameSpan.Source.DICTIONARY && !o.companyId().equals(n.companyId())
                        && (o.surface().equals(word) || o.surface().startsWith(word + " "))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A name found by form or role that is the short form of a dictionary firm in the article is that firm. */
    private static void renameToDictionaryFirms(List<List<NameSpan>> settled, Map<String, Company> shortForms) {
        if (shortForms.isEmpty()) {
            return;
        }
        Map<String, Company> byForm = new HashMap<>();
        for (Company c : shortForms.values()) {
            byForm.put(c.aliases().get(0), c);
        }
        for (List<NameSpan> spans : settled) {
            for (int i = 0; i < spans.size(); i++) {
                NameSpan n = spans.get(i);
                Company c = n.isCompany() && n.source() != NameSpan.Source.DICTIONARY ? byForm.get(n.name()) : null;
                if (c != null) {
                    spans.set(i, n.as(NameSpan.Type.COMPANY, c.id(), c.name()));
                }
            }
        }
    }

    /**
     * A unit named after its parent with ordinary words ("Haorui Smart Mobility", "Junlang Intelligent
     * Mobility" beside "Haorui", "Junlang") is the parent's EV vehicle: the press and the labels speak of
     * the parent, as for "Evergrande Health" or "Mahindra Electric Automobile". Not a venture named after
     * two parents ("BYD Toyota EV Technology"), whose second word is no ordinary word.
     */
    private static void foldUnitsIntoParents(List<List<NameSpan>> settled, Map<String, Company> unknown) {
        Map<String, NameSpan> oneWordFirms = new HashMap<>();
        for (List<NameSpan> spans : settled) {
            for (NameSpan n : spans) {
                if (n.isCompany() && n.length() == 1 && !oneWordFirms.containsKey(n.surface())) {
                    oneWordFirms.put(n.surface(), n);
                }
            }
        }
        for (List<NameSpan> spans : settled) {
            for (NameSpan n : spans) {
                Company c = n.isCompany() ? unknown.get(n.companyId()) : null;
                String shortName = c == null ? null : c.aliases().get(c.aliases().size() - 1);
                if (shortName != null && shortName.indexOf(' ') < 0 && !oneWordFirms.containsKey(shortName)) {
                    oneWordFirms.put(shortName, n); // "Guangdong Junlang Home Appliances Group" is Junlang
                }
            }
        }
        Map<String, NameSpan> parentOf = new HashMap<>();
        for (Company u : unknown.values()) {
            String[] words = u.aliases().get(u.aliases().size() - 1).split(" ");
            NameSpan parent = words.length >= 2 ? oneWordFirms.get(words[0]) : null;
            if (parent == null || parent.companyId().equals(u.id())) {
                continue;
            }
            boolean ordinary = true;
            for (int k = 1; k < words.length; k++) {
                ordinary &= Lexicon.isEnglishWord(words[k].toLowerCase(Locale.ROOT)) && !Lexicon.isCorporateDesignator(words[k])
                        && Character.isLowerCase(words[k].charAt(words[k].length() - 1));
            }
            if (ordinary) {
                parentOf.put(u.id(), parent);
                Company p = unknown.get(parent.companyId());
                if (p != null && p.kind() == CompanyKind.OTHER && u.kind() == CompanyKind.CONTRACT_MANUFACTURER) {
                    // "Bramford" ... "Bramford Assembly Ltd.": a firm whose full name says it assembles for others
                    List<String> aliases = new ArrayList<>(p.aliases());
                    aliases.add(u.name());
                    unknown.put(p.id(), p.withKind(u.kind()).withAliases(aliases));
                }
            }
        }
        for (List<NameSpan> spans : settled) {
            for (int i = 0; i < spans.size(); i++) {
                NameSpan parent = parentOf.get(spans.get(i).companyId());
                if (parent != null && spans.get(i).isCompany()) {
                    spans.set(i, spans.get(i).as(NameSpan.Type.COMPANY, parent.companyId(), parent.name()));
                }
            }
        }
    }

    /**
     * An ordinary word long and specific enough to stand for a firm already named in full
     * ("Horizon Robotics" ... "Horizon said"), as for firms found by form: not a generic name word.
     */
    private static boolean specificOrdinaryWord(String shortName) {
        return shortName.indexOf(' ') < 0 && shortName.length() >= 5 && Character.isUpperCase(shortName.charAt(0))
                && !GENERIC_NAME_WORDS.contains(shortName) && !Lexicon.isPlace(shortName)
                && !Lexicon.isGivenName(shortName) && !Lexicon.isCalendarWord(shortName);
    }

    private static boolean distinctiveShortName(String shortName) {
        if (shortName.length() < 3 || !Character.isUpperCase(shortName.charAt(0)) || Lexicon.isPlace(shortName)) {
            return false;
        }
        for (String w : shortName.split(" ")) {
            if (!Lexicon.isEnglishWord(w.toLowerCase(Locale.ROOT)) && !Lexicon.isGivenName(w) && !Lexicon.isPlace(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Rimac Automobili" and "Rimac Group" in one article are one firm (a name plus a descriptor
     * names the firm itself): they share the short name before the designator.
     */
    private static Company sameShortName(Map<String, Company> unknown, Company c) {
        String mine = c.aliases().get(c.aliases().size() - 1);
        if (c.aliases().size() < 2) {
            return null;
        }
        for (Company u : unknown.values()) {
            if (u.aliases().size() >= 2 && u.aliases().get(u.aliases().size() - 1).equals(mine)
                    || u.aliases().contains(mine) || c.aliases().contains(u.name())) {
                return u;
            }
        }
        return null;
    }

    private static void addIfFree(List<NameSpan> spans, List<NameSpan> more) {
        for (NameSpan m : more) {
            boolean free = true;
            boolean onlyBrandsInside = true;
            for (NameSpan s : spans) {
                if (s.overlaps(m)) {
                    free = false;
                    onlyBrandsInside &= !s.isCompany() && s.start() >= m.start() && s.end() <= m.end()
                            && s.length() + 2 <= m.length() // not "Ioniq Electric": a brand and one designator is a model
                            && !modelOf(s, m); // nor "Megane E-Tech"
                }
            }
            if (!free && onlyBrandsInside && m.source() == NameSpan.Source.FORM) {
                // "Apollo Future Mobility Group": a firm's full name that begins with some brand ("Apollo")
                // names a firm of its own; a brand is never a company
                spans.removeIf(s -> s.overlaps(m));
                free = true;
            }
            if (free) {
                spans.add(m);
            }
        }
        spans.sort(Comparator.comparingInt(NameSpan::start));
    }

    /** "Ford, which already sells the Mustang Mach-E, ...": the firm's own brand in the sentence names it plainly. */
    private static boolean ownBrandBeside(List<NameSpan> spans, NameSpan n) {
        for (NameSpan o : spans) {
            if (!o.isCompany() && o.companyId().equals(n.companyId()) && !o.overlaps(n)) {
                return true;
            }
        }
        return false;
    }

    /** A brand followed only by designators and letters ("Megane E-Tech", "Ioniq 5 Electric") names a model. */
    private static boolean modelOf(NameSpan brand, NameSpan name) {
        if (brand.start() != name.start() || !name.surface().startsWith(brand.surface())) {
            return false;
        }
        for (String w : name.surface().substring(brand.surface().length()).trim().split("[\\s-]+")) {
            if (!w.isEmpty() && !Lexicon.isCorporateDesignator(w) && w.length() > 2 && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Another reading of exactly the same span exists (alias of one firm, brand of another). */
    private static boolean hasRival(List<NameSpan> spans, int i) {
        NameSpan n = spans.get(i);
        for (int k = Math.max(0, i - 3); k < Math.min(spans.size(), i + 4); k++) { // rivals are neighbours (sorted by start)
            NameSpan o = spans.get(k);
            if (o != n && o.start() == n.start() && o.end() == n.end() && !o.companyId().equals(n.companyId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One reading per span. A brand that begins with its owner's own name ("Polestar 2", "Honda e")
     * names the owner. Where a firm's alias is another firm's brand, the brand wins if its owner is
     * named in the article ("Apollo" next to Baidu), the firm otherwise.
     */
    private List<NameSpan> resolveAmbiguous(List<NameSpan> spans, Set<String> plainlyNamed) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan n = spans.get(i);
            List<NameSpan> group = new ArrayList<>();
            group.add(n);
            while (i + 1 < spans.size() && spans.get(i + 1).start() == n.start() && spans.get(i + 1).end() == n.end()) {
                group.add(spans.get(++i));
            }
            out.add(choose(group, plainlyNamed));
        }
        return out;
    }

    private NameSpan choose(List<NameSpan> group, Set<String> plainlyNamed) {
        NameSpan company = null;
        NameSpan brand = null;
        for (NameSpan g : group) {
            if (g.isCompany() && company == null) {
                company = g;
            } else if (!g.isCompany() && (brand == null || plainlyNamed.contains(g.companyId()))) {
                brand = g;
            }
        }
        if (brand != null && company == null && startsWithOwnName(brand)) {
            // "the Polestar 2" names Polestar; when the name is also a common word ("the Smart EQ fortwo")
            // the firm must be named plainly elsewhere too
            NameSpan named = brand.as(NameSpan.Type.COMPANY, brand.companyId(), brand.name());
            return ownNameIsCommonWord(brand) ? named.needingSupport() : named;
        }
        if (company == null) {
            return brand;
        }
        if (brand == null || brand.companyId().equals(company.companyId())) {
            return company;
        }
        return plainlyNamed.contains(brand.companyId()) ? brand : company;
    }

    private boolean ownNameIsCommonWord(NameSpan brand) {
        String first = brand.surface().split("[ -]")[0];
        return evradar.extract.text.Lexicon.isEnglishWord(first.toLowerCase(Locale.ROOT));
    }

    private boolean startsWithOwnName(NameSpan brand) {
        Company owner = dictionary.byId(brand.companyId()).orElse(null);
        if (owner == null) {
            return false;
        }
        for (String f : owner.surfaceForms()) {
            if (brand.surface().length() > f.length() && brand.surface().startsWith(f)
                    && !Character.isLetterOrDigit(brand.surface().charAt(f.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Later mentions of a firm found by form: its full name and its short name without designators. */
    private static void addArticleAliases(List<Sentence> sentences, List<List<NameSpan>> settled,
                                          Map<String, Company> unknown) {
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        Map<String, String> idOf = new HashMap<>();
        for (Company c : unknown.values()) {
            for (String form : c.aliases()) {
                String[] words = form.split(" ");
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                idOf.put(form, c.id());
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            List<NameSpan> spans = settled.get(si);
            boolean[] taken = new boolean[t.size()];
            for (NameSpan n : spans) {
                for (int k = n.start(); k < n.end(); k++) {
                    taken[k] = true;
                }
            }
            List<NameSpan> added = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                List<String[]> options = byFirstWord.get(t.get(i).text());
                if (options == null || taken[i]) {
                    continue;
                }
                String[] best = null;
                for (String[] words : options) {
                    if (i + words.length <= t.size() && (best == null || words.length > best.length)
                            && matches(t, i, words, taken)) {
                        best = words;
                    }
                }
                if (best == null || i > 0 && (Lexicon.isGivenName(t.get(i - 1).text())
                        || Lexicon.isHonorific(t.get(i - 1).lower()))) {
                    continue; // "founder Erik Halden", "Mr Halden": the person the firm is named after
                }
                if (best.length == 1 && allCaps(best[0]) && i > 0 && t.get(i - 1).isWord() && t.get(i - 1).isCapitalised()) {
                    continue; // "the Qin Plus DM": letters after a model name are its version, not Dongfeng Motor
                }
                int end = i + best.length;
                if (end < t.size() && t.get(end).isWord() && t.get(end).isCapitalised()
                        && !Lexicon.isCorporateDesignator(t.get(end).text())) {
                    continue; // part of a longer name
                }
                String form = String.join(" ", best);
                Company c = unknown.get(idOf.get(form));
                added.add(new NameSpan(i, end, c.id(), c.name(), NameSpan.Type.COMPANY, NameSpan.Source.ARTICLE_ALIAS,
                        form, false));
                for (int k = i; k < end; k++) {
                    taken[k] = true;
                }
                i = end - 1;
            }
            if (!added.isEmpty()) {
                spans.addAll(added);
                spans.sort(Comparator.comparingInt(NameSpan::start));
            }
        }
    }

    private static boolean matches(List<Token> t, int i, String[] words, boolean[] taken) {
        for (int k = 0; k < words.length; k++) {
            if (taken[i + k] || !t.get(i + k).text().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** A firm found by form: its kind guessed from the designator or the describing noun. */
    private static Company inferred(NameSpan n) {
        String name = n.name();
        if ((name.startsWith("PT ") || name.startsWith("PT. ")) && name.indexOf(' ') < name.length() - 2) {
            name = name.substring(name.indexOf(' ') + 1); // Indonesian "PT" (Perseroan Terbatas) leads the name
        }
        String[] words = name.split(" ");
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        int core = words.length;
        while (core > 1 && Lexicon.isCorporateDesignator(words[core - 1])) {
            core--;
        }
        if (core > 1 && core < words.length && words[core - 1].equals("New") && words[core].equals("Energy")) {
            core--; // "Zhuhai Yinlong New Energy": "New Energy" (for new-energy vehicles) is one designator
        }
        // a province or city leads many registered names: "Guangdong Junlang Home Appliances" is Junlang
        int first = 0;
        // a publication's place is its name ("the Korea Herald" is never "Herald")
        boolean outlet = OrganisationFormFinder.OUTLET_WORDS.contains(words[words.length - 1]);
        while (!outlet && first + 1 < core && Lexicon.isPlace(words[first]) && Lexicon.countryOf(words[first]) != null) {
            first++;
        }
        if (core < words.length || first > 0) {
            String shortName = String.join(" ", java.util.Arrays.copyOfRange(words, first, core));
            // "Kestrel Motors" ... "Kestrel": an ordinary word is a short name too when it is specific enough
            // (a bird, a river), not a generic adjective that heads many names ("General", "National")
            boolean ordinary = Lexicon.isEnglishWord(shortName.toLowerCase(Locale.ROOT));
            if (shortName.length() >= 3 && (!ordinary || shortName.length() >= 5 && !GENERIC_NAME_WORDS.contains(shortName))
                    && !Lexicon.isPlace(shortName) && !Lexicon.isGivenName(shortName)
                    && !Lexicon.isCalendarWord(shortName) && Character.isUpperCase(shortName.charAt(0))) {
                aliases.add(shortName);
            }
        }
        CompanyKind kind = CompanyKind.OTHER;
        for (String w : words) {
            CompanyKind k = kindOfDesignator(w);
            if (k != CompanyKind.OTHER) {
                kind = k;
            }
        }
        if (n.source() == NameSpan.Source.OBSERVED_BY_ROLE) {
            kind = CompanyKind.RESEARCH; // "analysts at Foo": a house whose analysts comment
        }
        // the id is the slug of the common short name ("Lordstown Motors" -> lordstown, "Konka Group" -> konka),
        // as for dictionary firms (xiaomi, jidu, magna); the display name keeps the full form
        String id = aliases.size() > 1 ? Slugs.of(aliases.get(1)) : name.equals(n.name()) ? n.companyId() : Slugs.of(name);
        return new Company(id, name, kind, null, aliases, List.of(), null, List.of(), null, List.of());
    }

    /** Words that begin many firms' names and mean nothing alone. */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("General", "National", "United", "American",
            "International", "Global", "First", "Great", "Royal", "Central", "Standard", "Advanced", "Future", "Smart",
            "Green", "Clean", "Electric", "Digital", "Modern", "Universal", "Premier", "Pacific", "Atlantic",
            "Northern", "Southern", "Eastern", "Western", "Continental", "Imperial", "Allied", "Consolidated",
            "Applied", "Integrated", "Associated", "Federal", "Public", "Private", "Capital", "Energy", "Power",
            "Mobility", "Motors", "Group", "Industries", "Holdings", "Systems", "Solutions", "Partners", "Trust",
            "Union", "Development", "Investment", "Research", "Security", "Securities", "Chinese", "European",
            "Asian", "Japanese", "Korean", "German", "British", "French", "Indian", "Turkish", "Brazilian");

    private static CompanyKind kindOfDesignator(String w) {
        return switch (w) {
            case "Motors", "Motor", "Automotive", "Auto", "Autos", "Automobile", "Automobiles", "Cars", "Trucks",
                 "Automotriz", "Automotores", "Automotiva" ->
                    CompanyKind.AUTOMAKER;
            case "Energy", "Energies", "Power" -> CompanyKind.ENERGY;
            case "Battery", "Batteries", "Cells" -> CompanyKind.BATTERY;
            case "Technologies", "Technology", "Tech", "Software", "Electronics", "Networks", "Robotics", "Labs",
                 "Computer", "Computers" -> CompanyKind.TECH;
            case "Research", "Analytics", "Insights", "Consulting", "Intelligence" -> CompanyKind.RESEARCH;
            case "Capital", "Partners", "Ventures", "Investments", "Securities", "Equities", "Bank", "Financial",
                 "Advisors", "Advisers", "Advisory", "Asset", "Management", "Brokerage" -> CompanyKind.FINANCE;
            case "Semiconductor", "Semiconductors" -> CompanyKind.SEMICONDUCTOR;
            case "Mobility" -> CompanyKind.MOBILITY;
            case "Assembly", "Assemblies", "Assemblers" -> CompanyKind.CONTRACT_MANUFACTURER; // it assembles for others
            case "Times", "Journal", "Herald", "Daily", "Tribune", "Gazette", "Post", "News", "Chronicle", "Telegraph",
                 "Weekly", "Magazine", "Newswire", "Insider" -> CompanyKind.NEWS_AGENCY;
            default -> CompanyKind.OTHER;
        };
    }
}
