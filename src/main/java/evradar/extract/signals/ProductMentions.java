package evradar.extract.signals;

import evradar.extract.Company;
import evradar.extract.CompanyKind;
import evradar.extract.cues.EvTerms;
import evradar.extract.cues.VehicleWords;
import evradar.extract.discourse.Comparison;
import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Mention;
import evradar.extract.names.NameSpan;
import evradar.extract.text.Sentence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Firms named as the owners of a vehicle product: "Kia's EV6", "BMW's i3 electric hatchback",
 * "Hyundai's electric crossover", "the automaker's Ioniq 5", "the Kia EV6", "electric hatchbacks from
 * MG Motor". Owning a car product casts the firm in a car role (for an incumbent EV seller, LAUNCHED),
 * whatever else the sentence says about it (a supplier's customer, a rival in a comparison).
 * Products with a combustion marker ("Great Wall's petrol Tank brand", "the petrol-engined Fiat
 * Egea") and components ("cells from Nordcell") are not EV products.
 */
final class ProductMentions {

    private static final Set<String> COMBUSTION = Set.of("petrol", "diesel", "gasoline", "gas", "combustion",
            "petrol-engined", "petrol-powered", "gas-powered", "ice", "flex-fuel", "cng", "lpg", "hydrogen",
            "fuel-cell", "self-charging", "mild-hybrid", "scooter", "scooters", "motorcycle", "motorcycles", "bike",
            "bikes", "phone", "phones", "smartphone", "smartphones");
    /** Product heads besides the vehicle nouns ("its electric line-up", "the Ioniq family"). */
    private static final Set<String> PRODUCT_HEADS = Set.of("model", "models", "line-up", "lineup", "range",
            "family");
    private static final Set<String> COMPONENTS = Set.of("battery", "batteries", "cells", "cell", "chips", "motors",
            "motor", "packs", "pack", "modules", "platform", "software", "system", "systems", "parts", "components",
            "plant", "factory", "factories", "plants", "shares", "stake", "unit", "arm", "division");

    private ProductMentions() {
    }

    /** A vehicle noun or another head of a product phrase. */
    private static boolean productHead(String l) {
        return VehicleWords.isVehicle(l) || PRODUCT_HEADS.contains(l);
    }

    /** Owners of a product named in sentence si, each with whether the product is explicitly electric. */
    static Map<String, Boolean> owners(Discourse d, int si) {
        Sentence s = d.sentence(si);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Mention m : d.mentions(si)) {
            if (m.kind() == Mention.Kind.PLURAL || !d.companies().containsKey(m.companyId()) || !carMaker(d, m.companyId())
                    || Comparison.employerOfPerson(s, m) || SignalFinder.marketLeader(s, m)) {
                // "a former head of Nissan's Infiniti luxury brand": the product phrase names where a person worked;
                // "dominated by Ford and Stellantis's Ram brand": a share of a market, not a car of the firm's
                continue;
            }
            int from = m.possessive() ? m.end() + (m.kind() == Mention.Kind.PRONOUN ? 0 : 1) : m.end();
            if (m.kind() == Mention.Kind.NAME && m.end() < s.size() && s.token(m.end()).isPossessive()) {
                from = m.end() + 1;
            } else if (m.possessive() && m.kind() == Mention.Kind.NAME) {
                from = m.end();
            }
            Boolean ev = productAt(d, si, m.companyId(), from, m.possessive() || possessiveAt(s, m.end()));
            if (ev != null) {
                out.merge(m.companyId(), ev, Boolean::logicalOr);
            }
            // "electric hatchbacks from MG Motor", "the electric SUV from Hyundai"
            if (m.prepositional() && m.start() > 0 && s.lower(m.start() - 1).equals("from")) {
                Boolean before = evGoodsBefore(s, m.start() - 1);
                if (Boolean.TRUE.equals(before)) {
                    out.merge(m.companyId(), true, Boolean::logicalOr);
                }
            }
        }
        return out;
    }

    private static boolean possessiveAt(Sentence s, int k) {
        return k < s.size() && s.token(k).isPossessive();
    }

    /** Whether the firm makes cars (by kind, or by having sold EVs), so that its products are vehicles. */
    private static boolean carMaker(Discourse d, String id) {
        Company c = d.company(id).orElse(null);
        return c != null && (c.kind() == CompanyKind.AUTOMAKER || c.kind() == CompanyKind.EV_STARTUP
                || c.evSalesSince() != null);
    }

    /**
     * The noun phrase at {@code from} names a vehicle of the firm: one of its brands, or (after a
     * possessive) a capitalised model name or a vehicle noun. Returns whether it is explicitly
     * electric, or null when it is no vehicle product of the firm.
     */
    private static Boolean productAt(Discourse d, int si, String owner, int from, boolean possessive) {
        Sentence s = d.sentence(si);
        if (from >= s.size()) {
            return null;
        }
        int end = from;
        boolean brand = false;
        for (NameSpan b : d.brands(si)) {
            if (b.companyId().equals(owner) && b.start() >= from && b.start() <= from + 2) {
                brand = true;
                end = Math.max(end, b.end());
            }
        }
        if (!brand && !possessive) {
            return null;
        }
        boolean vehicle = brand;
        boolean ev = false;
        boolean named = brand;
        for (int k = from; k < Math.min(s.size(), from + 7); k++) {
            String l = s.lower(k);
            if (!s.token(k).isWord() && !l.equals("-") && !l.equals(".") || k > from && d.mentionAt(si, k).isPresent()) {
                break;
            }
            if (COMBUSTION.contains(l) || COMPONENTS.contains(l) && !ev) {
                return null;
            }
            if (l.equals("hybrid") || l.equals("hybrids")) {
                if (!EvTerms.anyEv(s, from, k)) {
                    return null; // a conventional hybrid unless "plug-in" came first
                }
            }
            if (EvTerms.isEvTerm(s, k) || evModelName(s.token(k).text())) {
                ev = true;
            }
            if (s.token(k).isCapitalised() && s.token(k).isWord() || Character.isDigit(l.charAt(0))) {
                named = true; // a model name: "i3", "Leaf", "ID.4"
            }
            if (productHead(l)) {
                vehicle = true;
                end = k + 1;
                break;
            }
            if (!s.token(k).isCapitalised() && !EvTerms.isEvTerm(s, k) && !l.equals("-") && !l.equals("new")
                    && !l.equals("first") && !l.equals("latest") && !l.equals("all-electric") && !l.equals("own")
                    && !l.equals("electric") && !l.equals("battery") && !l.equals("plug") && !l.equals("in")
                    && !l.equals("compact") && !l.equals("small") && !l.equals("large") && !l.equals("flagship")
                    && !l.equals("popular") && !l.equals("best-selling") && !l.equals("entry-level")
                    && !l.equals("cheapest") && !l.equals("affordable") && !l.equals("luxury") && !l.equals("premium")
                    && !l.equals("family") && !l.equals("city") && !l.equals("mid-size") && !l.equals("full-size")
                    && !l.equals("sports") && !Character.isDigit(l.charAt(0)) && !l.equals(".")) {
                break;
            }
        }
        if (!vehicle) {
            // "Kia's EV6" (a brand), "Tesla's Model Y": a capitalised model name right after the possessive
            if (s.token(from).isWord() && (s.token(from).isCapitalised() || evModelName(s.token(from).text()))
                    && !d.mentionAt(si, from).isPresent() && (evModelName(s.token(from).text())
                    || s.lower(from).equals("model"))) {
                return true;
            }
            return null;
        }
        // a generic noun ("its own sports cars") says the firm makes cars, not that they are electric
        return ev || named ? ev : null;
    }

    /** "EV6", "EV9", "EQS", "e-208": names that say they are electric. */
    static boolean evModelName(String w) {
        if (w.length() >= 3 && (w.startsWith("EV") || w.startsWith("ev")) && Character.isDigit(w.charAt(2))) {
            return true;
        }
        return w.length() >= 3 && w.startsWith("EQ") && Character.isUpperCase(w.charAt(2));
    }

    /** "electric hatchbacks" ending just before {@code at}: true if an EV vehicle phrase, else null. */
    private static Boolean evGoodsBefore(Sentence s, int at) {
        boolean vehicle = false;
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            String l = s.lower(k);
            if (!s.token(k).isWord() && !l.equals("-")) {
                break;
            }
            if (COMPONENTS.contains(l) || COMBUSTION.contains(l)) {
                return null;
            }
            if (productHead(l) && k >= at - 2) {
                vehicle = true;
            }
            if (vehicle && EvTerms.isEvTerm(s, k)) {
                return true;
            }
        }
        return null;
    }
}
