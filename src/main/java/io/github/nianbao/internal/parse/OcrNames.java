package io.github.nianbao.internal.parse;

import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency's name in a report read by OCR, from the places the report prints it: the title, the page's 发布机构
 * field and the signature ({@link Reading}). OCR misreads a character of one as readily as of another (重新市 and
 * 皇新市 for 阜新市), so the readings are weighed:
 * <ol>
 * <li>a reading that is the start of another (三明市, 三明市人民政府) or another with one stray character before it
 * (和阜新市…) counts as that other;</li>
 * <li>the reading whose leading place names are division names ({@link Places}) furthest wins;</li>
 * <li>then the one the report's text prints most often (the readings' own lines included);</li>
 * <li>a name of the same length differing in one or two Chinese characters that the text prints elsewhere (a page
 * footer, a sentence) is a candidate too, when it beats every reading by its place names or, the readings agreeing,
 * is printed more often (at least twice).</li>
 * </ol>
 * When all readings agree nothing is said. When one is confirmed (read more often than any other, or the only one
 * whose place is known) it is taken with INFO {@code OCR_NAME_CORRECTED}; otherwise the likeliest is taken with
 * WARNING {@code AGENCY_UNCERTAIN} (on a tie the 发布机构 or signature reading when the title was misread, else the
 * title's). Both messages list every reading. Text not read by OCR is never weighed.
 */
final class OcrNames {

    /** Most characters a name found in the text may differ in from a reading. */
    private static final int MAX_DIFFERENCES = 2;
    /** Most characters of an organ after a place name for a shorter reading to count as the longer. */
    private static final int MAX_ORGAN = 8;

    /**
     * One reading of the agency's name.
     *
     * @param where where the report prints it (the title, 发布机构, the signature)
     * @param name  the name as read, or null when that place gives none
     */
    record Reading(String where, String name) {
    }

    /** A candidate name: its known place length, how often the text prints it, how many readings it is. */
    private record Candidate(String name, int place, int printed, int readings) {
    }

    private OcrNames() {
    }

    /**
     * The agency's name from {@code readings}, or null when none gives one.
     *
     * @param titleMisread whether OCR misread the title (its reading is then the weakest on a tie)
     * @param text         the report's whole text (every line)
     */
    static String reconcile(List<Reading> readings, boolean titleMisread, String text, DiagnosticList diagnostics) {
        List<Reading> named = merged(readings);
        if (named.isEmpty()) {
            return null;
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        named.forEach(r -> votes.merge(r.name(), 1, Integer::sum));
        List<Candidate> candidates = new ArrayList<>();
        votes.forEach((name, n) -> candidates.add(new Candidate(name, Places.known(name), Math.max(n,
                count(text, name)), n)));
        List<Candidate> found = elsewhere(votes.keySet(), text, candidates);
        candidates.addAll(found);
        Comparator<Candidate> order = Comparator.comparingInt(Candidate::place).thenComparingInt(Candidate::printed)
                .thenComparingInt(Candidate::readings).reversed();
        candidates.sort(order);
        Candidate best = candidates.get(0);
        if (candidates.size() == 1) {
            return best.name();
        }
        Candidate next = candidates.get(1);
        boolean tie = order.compare(best, next) == 0;
        if (tie) {
            best = onTie(candidates, order, named, titleMisread);
        }
        // readings that agree on a place the division table does not know agree on a misreading of it
        boolean confirmed = !tie && !Places.unknownPlace(best.name())
                && (best.printed() >= 2 && best.printed() > next.printed()
                || best.readings() > 0 && best.place() > next.place());
        String list = describe(named);
        if (confirmed) {
            diagnostics.info(DiagnosticCode.OCR_NAME_CORRECTED, "OCR read the agency's name as " + list + "; taken: \""
                    + best.name() + "\" (" + why(best) + ")", Location.UNKNOWN, null);
        } else {
            diagnostics.warning(DiagnosticCode.AGENCY_UNCERTAIN, "OCR read the agency's name as " + list
                    + " and nothing confirms one reading; taken: \"" + best.name() + "\" (" + why(best)
                    + "), check it", Location.UNKNOWN, null);
        }
        return best.name();
    }

    /**
     * The readings that give a name (Chinese characters only: a 发布机构 value that ran into the next field is none),
     * each shorter one counted as the longer one it starts or ends.
     */
    private static List<Reading> merged(List<Reading> readings) {
        List<Reading> named = new ArrayList<>();
        for (Reading r : readings) {
            String n = r.name() == null ? "" : MetadataExtractor.compact(r.name());
            if (n.length() >= 2 && isName(n)) {
                named.add(new Reading(r.where(), n));
            }
        }
        List<Reading> out = new ArrayList<>();
        for (Reading r : named) {
            String name = r.name();
            for (Reading o : named) {
                String other = o.name();
                if (isLongerForm(other, name) || other.length() + 1 == name.length() && name.endsWith(other)
                        && Places.known(other) >= Places.known(name)) {
                    name = other;
                }
            }
            out.add(new Reading(r.where(), name));
        }
        return out;
    }

    /** Whether {@code s} can be a name: Chinese characters and brackets only (no digits, colons, Latin letters). */
    private static boolean isName(String s) {
        return s.codePoints().allMatch(c -> Character.isIdeographic(c) || "（）()".indexOf(c) >= 0);
    }

    /** Whether {@code longer} is {@code name} with an organ after it (三明市 → 三明市人民政府). */
    private static boolean isLongerForm(String longer, String name) {
        return longer.startsWith(name) && longer.length() > name.length()
                && longer.length() <= name.length() + MAX_ORGAN && Normalizer.hasHan(longer.substring(name.length()));
    }

    /**
     * Names the text prints that differ from a reading in one or two Chinese characters, kept when one beats every
     * reading by its place names, or, when the readings agree, by being printed more often (at least twice): where
     * the readings disagree, a name printed elsewhere (a site's name, a footer) does not outvote them.
     */
    private static List<Candidate> elsewhere(Iterable<String> names, String text, List<Candidate> readings) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String name : names) {
            int n = name.length();
            if (n < 4) {
                continue;
            }
            for (int i = 0; i + n <= text.length(); i++) {
                if (isVariant(name, text, i)) {
                    seen.merge(text.substring(i, i + n), 1, Integer::sum);
                }
            }
        }
        int place = readings.stream().mapToInt(Candidate::place).max().orElse(0);
        int printed = readings.stream().mapToInt(Candidate::printed).max().orElse(0);
        boolean agree = readings.size() == 1;
        List<Candidate> out = new ArrayList<>();
        seen.forEach((name, count) -> {
            if (readings.stream().noneMatch(c -> c.name().equals(name))) {
                int p = Places.known(name);
                if (p > place || agree && p == place && count >= 2 && count > printed) {
                    out.add(new Candidate(name, p, count, 0));
                }
            }
        });
        return out;
    }

    /** The tied candidate of the preferred reading: 发布机构 or signature when the title was misread, else the title. */
    private static Candidate onTie(List<Candidate> sorted, Comparator<Candidate> order, List<Reading> named,
                                   boolean titleMisread) {
        List<Candidate> tied = sorted.stream().filter(c -> order.compare(c, sorted.get(0)) == 0).toList();
        for (Reading r : named) {
            boolean title = r.where().equals(MetadataExtractor.IN_TITLE);
            if (title != titleMisread) {
                for (Candidate c : tied) {
                    if (c.name().equals(r.name())) {
                        return c;
                    }
                }
            }
        }
        return tied.get(0);
    }

    private static String describe(List<Reading> named) {
        List<String> parts = new ArrayList<>();
        for (Reading r : named) {
            parts.add("\"" + r.name() + "\" in " + r.where());
        }
        return String.join(", ", parts);
    }

    private static String why(Candidate c) {
        String place = c.place() > 0 ? "its first " + c.place() + " characters are division names" : "no division name";
        if (Places.unknownPlace(c.name())) {
            place += ", then a place the division table does not name";
        }
        String source = c.readings() > 0 ? c.readings() + " of the readings" : "printed elsewhere in the text";
        return source + ", printed " + c.printed() + " time(s), " + place;
    }

    /** Whether the text at {@code at} differs from {@code name} in one or two Chinese characters and nothing else. */
    private static boolean isVariant(String name, String text, int at) {
        int diff = 0;
        for (int i = 0; i < name.length(); i++) {
            char a = name.charAt(i);
            char b = text.charAt(at + i);
            if (a != b && (!Character.isIdeographic(a) || !Character.isIdeographic(b) || ++diff > MAX_DIFFERENCES)) {
                return false;
            }
        }
        return diff > 0;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
