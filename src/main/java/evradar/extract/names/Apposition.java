package evradar.extract.names;

import evradar.extract.CompanyKind;
import evradar.extract.cues.VehicleWords;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an article says a firm outside the dictionary is, read from the noun phrase set beside its
 * name: "Foo, a Texas private-equity firm," (an investor, American), "Finnish contract manufacturer
 * Foo" (a contract manufacturer, Finnish), "Foo, a maker of battery-powered pickups" (a carmaker),
 * "Foo, China's fifth-largest smartphone brand" (a "smartphone maker"). Writers introduce unknown
 * firms this way; the facts let descriptions ("the German company", "the handset maker") find them
 * and keep investors out of EV signals.
 */
final class Apposition {

    /** Facts about a firm: any may be absent. */
    record Facts(CompanyKind kind, String country, List<String> descriptors) {
        static final Facts NONE = new Facts(null, null, List.of());
    }

    private static final Set<String> HEADS = Set.of("maker", "makers", "manufacturer", "producer", "startup",
            "start-up", "company", "firm", "group", "investor", "fund", "bank", "lender", "brokerage", "carmaker",
            "automaker", "truckmaker", "chipmaker", "supplier", "assembler", "brand", "developer", "conglomerate",
            "house", "consultancy", "specialist", "operator", "seller", "retailer", "giant", "outfit", "provider",
            "venture", "unit", "subsidiary");
    private static final Set<String> FINANCE_WORDS = Set.of("investment", "investor", "private-equity", "equity",
            "fund", "venture-capital", "bank", "lender", "asset", "hedge", "brokerage", "buyout", "sovereign",
            "wealth", "financial");
    /** EV words that describe a car maker besides the vehicle nouns ("an EV start-up"). */
    private static final Set<String> EV_WORDS = Set.of("electric-car", "ev", "evs", "electric-vehicle",
            "electric-van", "electric-truck", "solar-car", "electric-pickup");

    private static final int REACH = 10;

    private static boolean carWord(String w) {
        return VehicleWords.isVehicle(w) || EV_WORDS.contains(w);
    }

    private Apposition() {
    }

    /** Facts from the phrases around the name at tokens [start, end) of the sentence. */
    static Facts of(Sentence s, int start, int end) {
        List<String> words = new ArrayList<>();
        List<Token> t = s.tokens();
        String placed = placeBefore(t, start);
        // after: "Foo, a ... head [of ...]"
        if (end + 1 < t.size() && t.get(end).is(",")) {
            for (int k = end + 1; k < Math.min(t.size(), end + 1 + REACH); k++) {
                String l = t.get(k).lower();
                if (l.equals(",") || l.equals(".") || l.equals("that") || l.equals("which") || l.equals("who")
                        || l.equals("whose") || l.equals(";") || l.equals("based") || l.equals("said")) {
                    break; // not "Foo, whose largest shareholder is a state investment firm": that is another firm
                }
                words.add(joinHyphen(t, k));
            }
        }
        // before: "Finnish contract manufacturer Foo", "appliance maker Foo"
        if (start > 0 && HEADS.contains(t.get(start - 1).lower())) {
            List<String> before = new ArrayList<>();
            for (int k = start - 1; k >= 0 && k >= start - 5; k--) {
                Token x = t.get(k);
                if (!x.isWord() && !x.is("-") || x.is("the") || x.is("a") || x.is("an") || x.is("and")
                        || x.is(",") || Lexicon.isGivenName(x.text())) {
                    break;
                }
                before.add(0, joinHyphen(t, k));
            }
            words.addAll(before);
        }
        Facts f = words.isEmpty() ? Facts.NONE : read(words);
        if (placed == null) {
            placed = basedIn(t, end);
        }
        return placed == null || f.country() != null ? f : new Facts(f.kind(), placed, f.descriptors());
    }

    /** "Oslo-based Foo", "the Oslo-based investor Foo": the country of the place the firm is based in. */
    private static String placeBefore(List<Token> t, int start) {
        for (int k = start - 1; k >= 2 && k >= start - 4; k--) {
            if (t.get(k).is("based") && t.get(k - 1).is("-")) {
                return Lexicon.countryOf(t.get(k - 2).text());
            }
            if (!t.get(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    /** "Foo, based in Oslo," / "Foo, which is based in Oslo": the country of that place. */
    private static String basedIn(List<Token> t, int end) {
        for (int k = end; k < t.size() - 2 && k <= end + 6; k++) {
            if (t.get(k).is("based") && t.get(k + 1).is("in")) {
                String c = Lexicon.countryOf(t.get(k + 2).text());
                if (c == null && k + 3 < t.size()) {
                    c = Lexicon.countryOf(t.get(k + 2).text() + " " + t.get(k + 3).text());
                }
                return c;
            }
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return null;
            }
        }
        return null;
    }

    /** "private - equity" was split by the tokenizer: the word with its hyphenated neighbours. */
    private static String joinHyphen(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (k + 2 < t.size() && t.get(k + 1).is("-") && t.get(k + 2).isWord()) {
            return w + "-" + t.get(k + 2).lower();
        }
        return w;
    }

    private static Facts read(List<String> words) {
        int head = -1;
        for (int i = 0; i < words.size(); i++) {
            if (HEADS.contains(words.get(i))) {
                head = i;
                if (i + 1 < words.size() && words.get(i + 1).equals("of")) {
                    break; // "a maker of servers": the of-phrase says what it makes
                }
            }
        }
        if (head < 0) {
            return Facts.NONE;
        }
        String h = words.get(head);
        String country = null;
        boolean finance = false;
        boolean car = false;
        boolean contract = false;
        boolean battery = false;
        List<String> modifiers = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            String w = words.get(i);
            String c = Lexicon.countryOf(w.endsWith("-based") ? w.substring(0, w.length() - 6) : w);
            if (c != null) {
                country = country == null ? c : country;
                continue;
            }
            finance |= FINANCE_WORDS.contains(w) || w.endsWith("-equity") || w.endsWith("-capital");
            car |= carWord(w) || w.startsWith("electric-") || w.endsWith("-car");
            contract |= w.equals("contract");
            battery |= w.equals("battery") || w.equals("cell");
            if (!w.equals("'s") && !w.equals("-") && Character.isLetter(w.charAt(0)) && !w.endsWith("-old")
                    && !w.endsWith("-based") && !w.endsWith("-owned") && !w.endsWith("-largest")) {
                modifiers.add(w);
            }
        }
        String madeThing = null;
        if (head + 2 < words.size() && words.get(head + 1).equals("of")) {
            for (int i = head + 2; i < words.size(); i++) {
                String w = words.get(i);
                car |= carWord(w);
                battery |= w.equals("batteries") || w.equals("cells");
                if (madeThing == null && Character.isLetter(w.charAt(0)) && !w.endsWith("-powered")
                        && !w.endsWith("-electric") && !ADJECTIVES.contains(w)) {
                    madeThing = singular(w);
                }
            }
        }
        CompanyKind kind = null;
        if (finance || h.equals("investor") || h.equals("fund") || h.equals("bank") || h.equals("lender")
                || h.equals("brokerage")) {
            kind = CompanyKind.FINANCE;
        } else if (contract && (h.equals("manufacturer") || h.equals("assembler") || h.equals("maker"))) {
            kind = CompanyKind.CONTRACT_MANUFACTURER;
        } else if (h.equals("carmaker") || h.equals("automaker") || h.equals("truckmaker")) {
            kind = CompanyKind.AUTOMAKER;
        } else if ((h.equals("startup") || h.equals("start-up")) && car) {
            kind = CompanyKind.EV_STARTUP;
        } else if ((h.equals("maker") || h.equals("manufacturer") || h.equals("producer")) && car) {
            kind = CompanyKind.AUTOMAKER;
        } else if (battery && (h.equals("maker") || h.equals("manufacturer") || h.equals("producer")
                || h.equals("supplier"))) {
            kind = CompanyKind.BATTERY;
        } else if (h.equals("chipmaker")) {
            kind = CompanyKind.SEMICONDUCTOR;
        } else if (h.equals("supplier")) {
            kind = CompanyKind.SUPPLIER;
        }
        List<String> descriptors = new ArrayList<>();
        String last = modifiers.isEmpty() ? null : modifiers.get(modifiers.size() - 1);
        descriptors.add(last == null ? h : last + " " + h);
        if (madeThing != null) {
            descriptors.add(madeThing + " maker");
        }
        if (h.equals("brand") && last != null) {
            descriptors.add(last + " maker"); // "a smartphone brand" makes smartphones
        }
        return new Facts(kind, country, descriptors);
    }

    private static final Set<String> ADJECTIVES = Set.of("the", "a", "an", "premium", "cheap", "affordable",
            "luxury", "small", "large", "electric", "industrial", "bagless", "bladeless", "high-end", "low-cost",
            "robot", "rice", "air", "home", "consumer");

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w.toLowerCase(Locale.ROOT);
    }
}
