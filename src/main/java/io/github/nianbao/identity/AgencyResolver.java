package io.github.nianbao.identity;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an agency's {@link AgencyIdentity} from its name (机构名称 → 行政区划): the name is read from its start as a
 * chain of division names, each inside the one before ({@code 淮安市} then {@code 洪泽区}); a parent may be left out
 * ({@code 洪泽区人民政府}). What follows the chain is the agency part (人民政府, 办公室, 教育局 …) or a township.
 *
 * <ul>
 * <li>One division fits: its code (a former division's successor, with an INFO
 *     {@link DiagnosticCode#REGION_RENAMED}).</li>
 * <li>Several fit (朝阳区 is in Beijing and in Changchun; there are four 鼓楼区) and the name gives no parent that
 *     decides: null codes and an INFO {@link DiagnosticCode#REGION_AMBIGUOUS} listing them.</li>
 * <li>None fits, the name names a district or county the table does not have there (韶关市延平区), or a former
 *     division whose successor the table does not know: null codes and an INFO
 *     {@link DiagnosticCode#REGION_UNKNOWN}.</li>
 * </ul>
 * A code is never guessed. The report's year, when given, rules out divisions that no longer existed then.
 * Immutable and thread-safe.
 */
public final class AgencyResolver {

    private static final DiagnosticCode REGION_UNKNOWN = DiagnosticCode.REGION_UNKNOWN;
    private static final DiagnosticCode REGION_AMBIGUOUS = DiagnosticCode.REGION_AMBIGUOUS;
    private static final DiagnosticCode REGION_RENAMED = DiagnosticCode.REGION_RENAMED;

    private static final AgencyResolver STANDARD = new AgencyResolver(DivisionTable.standard());

    /** A township: 乡, 镇 or 街道, then its government (or nothing). */
    private static final Pattern TOWNSHIP = Pattern.compile(
            "^(\\p{IsHan}{1,8}?(?:街道办事处|街道|镇|乡))((?:人民)?政府|办事处|党政办公室|党政办|)$");
    /** A district, county or 旗 named after the chain that the table does not have there. */
    private static final Pattern UNKNOWN_PLACE = Pattern.compile("^(\\p{IsHan}{1,8}?(?:自治县|自治旗|区|县|旗))");
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:人民)?政府$");
    private static final Pattern OFFICE = Pattern.compile("^(?:人民)?政府办(?:公厅|公室)?$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            ".*(?:局|委员会|委|厅|办公室|办|署|中心|院|所|处|站|队|部|会)$");

    private final DivisionTable table;

    private AgencyResolver(DivisionTable table) {
        this.table = table;
    }

    /** The resolver over {@link DivisionTable#standard()}. */
    public static AgencyResolver standard() {
        return STANDARD;
    }

    /** A resolver over another table. */
    public static AgencyResolver of(DivisionTable table) {
        return new AgencyResolver(Objects.requireNonNull(table, "table"));
    }

    /** The identity of a report's agency, for the report's year. */
    public AgencyIdentity resolve(AnnualReport report) {
        return resolve(report.agency(), report.year());
    }

    /**
     * The identity of an agency.
     *
     * @param agency the name as printed, such as {@code 淮安市洪泽区人民政府} (spaces are ignored); may be null
     * @param year   the year the report is about, or null (then divisions of every year count)
     */
    public AgencyIdentity resolve(String agency, Integer year) {
        if (agency == null || compact(agency).isEmpty()) {
            return new AgencyIdentity(agency, null, null, null, AgencyType.OTHER, null,
                    List.of(info(REGION_UNKNOWN, "the report names no agency, so no region code is given")));
        }
        String name = compact(agency);
        List<Chain> best = bestChains(name, year);
        if (best.isEmpty()) {
            return unresolved(agency, name, name, REGION_UNKNOWN, "no division name of the division table starts the "
                    + "agency name " + name + ", so no region code is given");
        }
        Map<String, Division> targets = new LinkedHashMap<>();
        for (Chain c : best) {
            Division d = c.last();
            targets.putIfAbsent(d.isCurrent() ? d.code() : d.successor() == null ? "former:" + d.code()
                    : d.successor(), d);
        }
        String rest = name.substring(best.get(0).end());
        if (targets.size() > 1) {
            return unresolved(agency, name, rest, REGION_AMBIGUOUS, best.get(0).last().name() + " names "
                    + targets.size() + " divisions (" + describe(targets) + ") and the agency name " + name
                    + " gives no parent that decides, so no region code is given");
        }
        return resolved(agency, name, targets.values().iterator().next(), rest);
    }

    private AgencyIdentity resolved(String agency, String name, Division d, String rest) {
        List<Diagnostic> notes = new ArrayList<>();
        String code = d.code();
        if (!d.isCurrent()) {
            if (d.successor() == null) {
                return unresolved(agency, name, rest, REGION_UNKNOWN, d.name() + " (" + d.code() + ", last listed in "
                        + d.lastYear() + ") is a former division whose successor the division table does not give, "
                        + "so no region code is given");
            }
            code = d.successor();
            Division now = table.current(code).orElseThrow();
            notes.add(info(REGION_RENAMED, d.name() + " (" + d.code() + ") is a former division; the division table "
                    + "gives its successor " + now.name() + " " + code));
        }
        Level level = table.current(code).orElseThrow().level();
        String regionName = table.fullName(code);
        String keyPlace = code;
        Matcher town = level == Level.COUNTY ? TOWNSHIP.matcher(rest) : null;
        if (town != null && town.matches()) {
            String township = town.group(1).replace("街道办事处", "街道");
            return new AgencyIdentity(agency, code, regionName + township, Level.TOWNSHIP, AgencyType.GOVERNMENT,
                    code + "/" + township + "/人民政府", notes);
        }
        Matcher unknown = UNKNOWN_PLACE.matcher(rest);
        if (unknown.find()) {
            String place = unknown.group(1);
            List<Division> elsewhere = table.named(place);
            String where = elsewhere.isEmpty() ? " (the table has no division of that name)"
                    : " (the table has " + place + " in " + parentsOf(elsewhere) + ")";
            return unresolved(agency, name, rest.substring(place.length()), REGION_UNKNOWN, place
                    + " is not a division of " + regionName
                    + where + ", so no region code is given");
        }
        AgencyType type = type(rest);
        return new AgencyIdentity(agency, code, regionName, level, type, keyPlace + "/" + canonical(type, rest),
                notes);
    }

    private AgencyIdentity unresolved(String agency, String name, String rest, DiagnosticCode code, String message) {
        return new AgencyIdentity(agency, null, null, null, type(rest), "name/" + name, List.of(info(code, message)));
    }

    /** The chains of division names that read furthest into {@code name}. */
    private List<Chain> bestChains(String name, Integer year) {
        List<Chain> all = new ArrayList<>();
        extend(name, 0, new ArrayList<>(), year, all);
        int end = all.stream().mapToInt(Chain::end).max().orElse(0);
        return all.stream().filter(c -> c.end() == end).toList();
    }

    private void extend(String name, int pos, List<Division> sofar, Integer year, List<Chain> out) {
        boolean extended = false;
        Division outer = sofar.isEmpty() ? null : sofar.get(sofar.size() - 1);
        for (int len = Math.min(table.longestName(), name.length() - pos); len >= 2; len--) {
            for (Division d : table.named(name.substring(pos, pos + len))) {
                if (!d.existedIn(year) || outer != null && !table.isWithin(d, outer)) {
                    continue;
                }
                sofar.add(d);
                extend(name, pos + len, sofar, year, out);
                sofar.remove(sofar.size() - 1);
                extended = true;
            }
        }
        if (!extended && outer != null) {
            out.add(new Chain(List.copyOf(sofar), pos));
        }
    }

    private String describe(Map<String, Division> targets) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Division> e : targets.entrySet()) {
            Division d = e.getValue();
            String full = d.isCurrent() ? table.fullName(d.code()) : d.name() + " (former)";
            parts.add(full + " " + d.code());
        }
        return String.join(", ", parts);
    }

    private String parentsOf(List<Division> divisions) {
        List<String> parts = new ArrayList<>();
        for (Division d : divisions) {
            String parent = d.parent() == null ? null : table.fullName(d.parent());
            parts.add((parent == null ? "" : parent) + ", " + d.code() + (d.isCurrent() ? "" : " (former)"));
        }
        return String.join("; ", parts);
    }

    /** The kind of agency from what follows the place. */
    static AgencyType type(String rest) {
        if (rest.isEmpty() || GOVERNMENT.matcher(rest).matches()) {
            return AgencyType.GOVERNMENT;
        }
        if (OFFICE.matcher(rest).matches()) {
            return AgencyType.GOVERNMENT_OFFICE;
        }
        return DEPARTMENT.matcher(rest).matches() ? AgencyType.DEPARTMENT : AgencyType.OTHER;
    }

    /** The agency part of the key: one spelling per kind of government body, a department as printed. */
    private static String canonical(AgencyType type, String rest) {
        return switch (type) {
            case GOVERNMENT -> "人民政府";
            case GOVERNMENT_OFFICE -> "人民政府办公室";
            default -> rest.replaceFirst("^(?:人民)?政府(?=.)", "");
        };
    }

    /** The name without white space of any kind (full-width spaces, no-break spaces, line breaks). */
    static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Diagnostic info(DiagnosticCode code, String message) {
        return Diagnostic.info(code, message, Location.UNKNOWN, null);
    }

    /** Division names read from the start of a name, each inside the one before, up to {@code end}. */
    private record Chain(List<Division> parts, int end) {
        Division last() {
            return parts.get(parts.size() - 1);
        }
    }
}
