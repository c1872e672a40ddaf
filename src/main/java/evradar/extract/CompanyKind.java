package evradar.extract;

import java.util.Locale;

/** What a firm mainly is; decides which descriptions ("the automaker") can refer to it and whether it can carry an EV signal by default. */
public enum CompanyKind {
    AUTOMAKER, EV_STARTUP, TECH, BATTERY, SUPPLIER, SEMICONDUCTOR, CONTRACT_MANUFACTURER, MOBILITY, ENERGY,
    INVESTOR, FINANCE, NEWS_AGENCY, RESEARCH, OTHER;

    /** Lenient parse: unknown or missing kinds (a newer writer, a typo in the topic) become OTHER. */
    public static CompanyKind parse(String s) {
        if (s == null || s.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }

    /** Firms whose business is building cars. */
    public boolean buildsCars() {
        return this == AUTOMAKER || this == EV_STARTUP;
    }

    /** Firms that report or analyse news rather than act in it: never the subject of an EV signal. */
    public boolean isObserver() {
        return this == NEWS_AGENCY || this == RESEARCH || this == FINANCE || this == INVESTOR;
    }
}
