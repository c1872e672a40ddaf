package evradar.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Closed word lists the rules rely on, built once: ordinary English words (to tell "Apple" the
 * firm at the start of a sentence from an ordinary capitalised word), given names and titles (to
 * tell "Henry Ford" from Ford), demonyms and places (to check "the German carmaker" against a
 * firm's country, and to keep places out of organisation names), corporate designators and
 * public-sector words.
 */
public final class Lexicon {

    private static final String WORDS = "evradar/extract/lexicon/english-words.txt.gz";

    private Lexicon() {
    }

    /** Lower-case letters and digits only: names and headlines compared regardless of case, spacing and punctuation. */
    public static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether the lowercase form is an ordinary English word. */
    public static boolean isEnglishWord(String lower) {
        return Words.SET.contains(lower.toLowerCase(Locale.ROOT));
    }

    public static boolean isGivenName(String word) {
        return GIVEN_NAMES.contains(word);
    }

    /** Days and months: capitalised, never names of firms. */
    public static boolean isCalendarWord(String word) {
        return CALENDAR.contains(word.toLowerCase(Locale.ROOT));
    }

    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow");

    public static boolean isHonorific(String lower) {
        return HONORIFICS.contains(lower);
    }

    /** ISO country code for a demonym or country name ("Chinese", "China", "South Korean"), or null. */
    public static String countryOf(String word) {
        return COUNTRY.get(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isPlace(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        return COUNTRY.containsKey(l) || PLACES.contains(l);
    }

    private static final Set<String> OFFICER_ROLES = Set.of("chairman", "chairwoman", "chairperson", "ceo", "founder",
            "co-founder", "cofounder", "president", "boss", "spokesman", "spokeswoman", "spokesperson", "executive",
            "officer", "cfo", "cto", "coo", "director");

    /** A firm's officer ("chief executive", "chairman", "spokeswoman"): the name after it is a person's. */
    public static boolean isOfficerRole(String lower) {
        return OFFICER_ROLES.contains(lower);
    }

    /** Legal-form suffixes that never change which firm is meant: "Xiaomi Corp" is Xiaomi. */
    public static boolean isLegalSuffix(String word) {
        return LEGAL_SUFFIXES.contains(word.replace(".", "").toLowerCase(Locale.ROOT))
                // Nordic "AS" / "A/S" and Turkish "A.S." in capitals; the English word "as" never
                || word.equals("AS") || word.equals("A/S") || word.equals("A.S.") || word.equals("A.Ş.");
    }

    /** Words that end or sit inside organisation names ("Motors", "Holdings", "Inc."). */
    public static boolean isCorporateDesignator(String word) {
        String w = word.replace(".", "");
        return DESIGNATORS.contains(w) || isLegalSuffix(word) && Character.isUpperCase(word.charAt(0))
                || germanWorks(w);
    }

    /** German compounds naming a works or a firm: "Fahrzeugwerk", "Motorenwerke", "Antriebstechnik". */
    private static boolean germanWorks(String w) {
        return w.length() >= 8 && Character.isUpperCase(w.charAt(0))
                && (w.endsWith("werk") || w.endsWith("werke") || w.endsWith("technik") || w.endsWith("gesellschaft")
                || w.endsWith("fabrik"));
    }

    /** Words that make a name a public body, not a firm ("Department", "Ministry"). */
    public static boolean isPublicSectorWord(String word) {
        return PUBLIC_SECTOR.contains(word.toLowerCase(Locale.ROOT));
    }

    static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "ag", "se", "sa",
            "nv", "bv", "gmbh", "spa", "kk", "lp", "llp", "pte", "pty", "oyj", "ab", "asa", "jsc", "pjsc", "tbk", "bhd",
            "pvt", "sdn", "oy", "sas", "srl", "sarl", "kgaa", "ltda", "sro", "aps");

    static final Set<String> DESIGNATORS = Set.of(
            "Motors", "Motor", "Automotive", "Auto", "Autos", "Automobile", "Automobiles", "Group", "Holdings", "Holding",
            "Technologies", "Technology", "Tech", "Mobility", "Energy", "Energies", "Industries", "Industry", "Systems",
            "Solutions", "Electronics", "Semiconductor", "Semiconductors", "Batteries",
            "Battery", "Power", "Robotics", "Labs", "Ventures", "Capital", "Partners", "Investments", "Securities",
            "Research", "Analytics", "Intelligence", "Insights", "Consulting", "Cars",
            "Trucks", "Company", "Enterprises", "International", "Chemical", "Chemicals", "Materials", "Networks",
            "Software", "Pharmaceuticals", "Logistics", "Manufacturing", "Aerospace",
            // makers named for what they make, and finance houses
            "Electric", "Electrical", "Computer", "Computers", "Engineering", "Dynamics", "Equities", "Bank",
            "Financial", "Advisors", "Advisers", "Advisory", "Associates", "Asset", "Management", "Brokerage",
            "Invest", "Investment", "Holdco", "Components", "Mobile", "Industrial", "Fahrzeugwerke", "Fahrzeugbau",
            "Werke", "Batteri", "Batterie", "Batterien", "Parcel", "Freight", "Leasing", "Rental", "Charging",
            "Automobili", "Automobil", "Otomotiv", "Motores", "Motori", "Moto", "Automotriz", "Automotores", "Automotiva",
            // blank-check companies ("Black Spade Acquisition Corp") and German holding houses
            // ("Falkenried Beteiligungen", "Beteiligungs-GmbH")
            "Acquisition", "Acquisitions", "Beteiligungen", "Beteiligungs",
            // firms named for a trade: "Halcyon Appliances", "Horse Powertrain", "Pemberton Cell Works",
            // "Zenith Interactive"; not product nouns that also follow a firm's name ("Vehicles", "Devices")
            "Appliances", "Powertrain", "Powertrains", "Interactive", "Entertainment", "Communications", "Telecom",
            "Steel", "Metals", "Mining", "Minerals", "Marine", "Aviation", "Airlines", "Photonics", "Propulsion",
            "Works", "Home", "Cells",
            // Japanese company words: "Idemitsu Kosan", "Toyota Tsusho", "Hitachi Seisakusho", "Honda Giken Kogyo"
            "Kosan", "Kogyo", "Shoji", "Tsusho", "Sangyo", "Seisakusho", "Denki", "Jidosha", "Seiki", "Kaisha");

    static final Set<String> PUBLIC_SECTOR = Set.of(
            "department", "ministry", "agency", "commission", "administration", "bureau", "council", "authority",
            "government", "office", "parliament", "congress", "senate", "court", "university", "college", "school",
            "institute", "academy", "police", "army", "navy", "state", "federal", "national", "republic", "party",
            "committee", "board", "union", "association", "federation", "foundation", "fund", "reserve", "treasury",
            "exchange", "program", "programme", "act", "law", "project", "province", "city", "county", "district",
            "zone", "park", "show", "summit", "forum", "conference", "expo", "award", "awards", "prize", "cup",
            "league", "museum", "hospital", "church", "airport", "port", "station");

    static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "premier",
            "chairman", "chairwoman", "chair", "ceo", "founder", "designer", "minister", "governor", "senator",
            "mayor", "judge", "king", "queen", "prince", "princess", "general", "chancellor", "secretary", "analyst");

    static final Set<String> GIVEN_NAMES = Set.of(
            "Aaron", "Adam", "Adrian", "Akio", "Alan", "Albert", "Alex", "Alexander", "Alexandra", "Alfred", "Alice",
            "Amanda", "Amy", "Andrea", "Andreas", "Andrew", "Andy", "Angela", "Ann", "Anna", "Anne", "Anthony", "Antonio",
            "Arnaud", "Arthur", "Barbara", "Barry", "Ben", "Benjamin", "Bernard", "Bill", "Bob", "Brad", "Brian", "Bruce",
            "Bruno", "Carl", "Carlos", "Caroline", "Catherine", "Charles", "Charlie", "Chris", "Christian", "Christine",
            "Christopher", "Claire", "Claudia", "Colin", "Craig", "Dan", "Daniel", "Dave", "David", "Dennis", "Diana",
            "Diane", "Dieter", "Donald", "Doug", "Douglas", "Ed", "Edward", "Elena", "Elizabeth", "Elon", "Emily", "Emma",
            "Eric", "Erik", "Ernst", "Ferdinand", "Frank", "Franz", "Fred", "Frederick", "Gary", "George", "Georg",
            "Gerald", "Gerhard", "Gina", "Giovanni", "Greg", "Gregory", "Hans", "Harald", "Harold", "Harrison", "Harry",
            "Heinz", "Helen", "Henrik", "Henry", "Herbert", "Hiroshi", "Hiroto", "Howard", "Ian", "Isaac",
            "Jack", "Jacob", "James", "Jane", "Janet", "Jason", "Jean", "Jeff", "Jeffrey", "Jennifer", "Jens", "Jeremy",
            "Jerry", "Jessica", "Jim", "Jimmy", "Joan", "Joe", "Johan", "Johann", "John", "Jonathan", "Jorge", "Jose",
            "Joseph", "Josh", "Juan", "Judith", "Julia", "Julian", "Julie", "Justin", "Karen", "Karl", "Kate", "Katherine",
            "Keith", "Ken", "Kenneth", "Kevin", "Kim", "Klaus", "Koji", "Larry", "Laura", "Lee", "Leo", "Linda", "Lisa",
            "Louis", "Lucas", "Luca", "Luis", "Maria", "Marie", "Mark", "Martin", "Mary", "Matt", "Matthew", "Matthias",
            "Max", "Michael", "Michel", "Michelle", "Mike", "Nancy", "Nathan", "Neil", "Nicholas", "Nick", "Nicolas",
            "Nikola", "Oliver", "Olivier", "Oscar", "Pascal", "Patrick", "Paul", "Peter", "Philip", "Philippe", "Pierre",
            "Rachel", "Ralph", "Ray", "Raymond", "Richard", "Rick", "Rob", "Robert", "Robin", "Roger", "Ron", "Ronald",
            "Ross", "Ruth", "Ryan", "Sam", "Samuel", "Sandra", "Sara", "Sarah", "Scott", "Sean", "Sebastian", "Sergio",
            "Simon", "Soichiro", "Stefan", "Stephen", "Steve", "Steven", "Susan", "Takahiro", "Takeshi", "Thomas", "Tim",
            "Timothy", "Todd", "Tom", "Tony", "Toshihiro", "Victor", "Vincent", "Walter", "Wayne", "Werner", "William",
            "Wolfgang", "Yoshihiro", "Young", "Yuki");

    static final Map<String, String> COUNTRY = new HashMap<>();
    static final Set<String> PLACES = new HashSet<>();

    static {
        String[][] countries = {
            {"CN", "china", "chinese", "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "chongqing", "hefei", "zhejiang", "hebei", "wuhan", "nanjing", "tianjin", "hong kong",
                // provinces and manufacturing cities that lead Chinese firms' registered names
                "guangdong", "jiangsu", "anhui", "fujian", "shandong", "hubei", "hunan", "sichuan", "henan", "jiangxi",
                "liaoning", "jilin", "heilongjiang", "shaanxi", "shanxi", "yunnan", "guangxi", "hainan", "foshan",
                "dongguan", "ningbo", "suzhou", "changsha", "chengdu", "zhengzhou", "qingdao", "xiamen", "changchun",
                "shenyang", "wuxi", "changzhou", "jinan", "nanchang", "liuzhou", "wenzhou", "zhuhai", "taizhou"},
            {"US", "u.s.", "us", "usa", "america", "american", "united states", "california", "michigan", "detroit", "texas", "ohio", "georgia", "kentucky", "tennessee", "illinois", "arizona", "washington", "new york", "silicon valley", "delaware", "californian", "texan", "michigander"},
            {"DE", "germany", "german", "berlin", "munich", "stuttgart", "wolfsburg", "bavarian", "hamburg", "frankfurt", "cologne", "ingolstadt", "zwickau", "dresden", "leipzig", "bavaria", "saxony"},
            {"JP", "japan", "japanese", "tokyo", "osaka", "nagoya"},
            {"KR", "korea", "korean", "south korea", "south korean", "seoul"},
            {"TW", "taiwan", "taiwanese", "taipei"},
            {"GB", "britain", "british", "uk", "u.k.", "united kingdom", "england", "english", "london"},
            {"FR", "france", "french", "paris"},
            {"IT", "italy", "italian", "turin", "milan"},
            {"SE", "sweden", "swedish", "gothenburg", "stockholm", "malmo", "vasteras", "skelleftea"},
            {"NL", "netherlands", "dutch", "amsterdam", "eindhoven", "rotterdam", "utrecht", "helmond"},
            {"IN", "india", "indian", "mumbai", "delhi", "bangalore", "bengaluru", "chennai", "pune", "hyderabad", "kolkata", "gurugram", "gurgaon", "hosur", "karnataka", "maharashtra", "gujarat", "tamil nadu"},
            {"VN", "vietnam", "vietnamese", "hanoi"},
            {"CA", "canada", "canadian", "toronto"},
            {"AT", "austria", "austrian", "vienna", "graz"},
            {"CH", "switzerland", "swiss", "zurich", "geneva"},
            {"ES", "spain", "spanish", "madrid", "barcelona"},
            {"NO", "norway", "norwegian", "oslo"},
            {"IL", "israel", "israeli"},
            {"SA", "saudi", "saudi arabia", "saudi arabian", "riyadh"},
            {"AE", "emirates", "emirati", "dubai", "abu dhabi"},
            {"SG", "singapore", "singaporean"},
            {"AU", "australia", "australian", "sydney"},
            {"BR", "brazil", "brazilian"},
            {"MX", "mexico", "mexican"},
            {"RU", "russia", "russian", "moscow"},
            {"TR", "turkey", "turkish", "istanbul"},
            {"ID", "indonesia", "indonesian", "jakarta"},
            {"TH", "thailand", "thai", "bangkok"},
            {"MY", "malaysia", "malaysian"},
            {"PL", "poland", "polish", "warsaw", "wroclaw", "krakow"},
            {"CZ", "czech", "czech republic", "prague"},
            {"BE", "belgium", "belgian", "brussels", "antwerp", "ghent"},
            {"DK", "denmark", "danish", "copenhagen", "aarhus"},
            {"HU", "hungary", "hungarian", "budapest", "debrecen"},
            {"FI", "finland", "finnish", "helsinki", "uusikaupunki"},
        };
        for (String[] row : countries) {
            for (int i = 1; i < row.length; i++) {
                COUNTRY.put(row[i], row[0]);
            }
        }
        PLACES.addAll(java.util.List.of("europe", "european", "asia", "asian", "africa", "african", "latin", "north",
                "south", "east", "west", "western", "eastern", "northern", "southern", "greater", "middle", "pacific",
                "atlantic", "gulf", "asean", "eu", "nordic", "scandinavian", "global", "world",
                // capitals that stand for their governments ("Ottawa said") and car-making towns
                "ottawa", "canberra", "brussels", "brasilia", "ankara", "tehran", "doha", "cairo", "nairobi",
                "pretoria", "manila", "warsaw", "prague", "budapest", "bucharest", "lisbon", "dublin", "copenhagen",
                "helsinki", "kyiv", "kiev", "bratislava", "bern", "athens", "rome", "montreal", "vancouver",
                "melbourne", "busan", "ulsan", "yokohama", "chennai", "pune", "hyderabad", "kolkata", "frankfurt",
                "hamburg", "cologne", "ingolstadt", "zwickau", "dresden", "leipzig", "flins", "sochaux", "maranello",
                "modena", "rayong", "fremont", "cupertino", "kentucky", "karnataka", "maharashtra", "gujarat",
                "tamil", "bavaria", "saxony", "wallonia", "catalonia", "lombardy", "piedmont", "ontario", "quebec"));
    }

    private static final class Words {
        static final Set<String> SET = load();

        private static Set<String> load() {
            InputStream raw = Lexicon.class.getClassLoader().getResourceAsStream(WORDS);
            if (raw == null) {
                throw new IllegalStateException("word list resource not found: " + WORDS);
            }
            Set<String> set = new HashSet<>(100_000);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        set.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }
}
