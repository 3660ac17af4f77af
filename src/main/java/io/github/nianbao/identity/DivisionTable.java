package io.github.nianbao.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The division table (行政区划表): every province, city and county, current and former, with the successor of a
 * former one where the table knows it. The standard table ships as the resource
 * {@code io/github/nianbao/identity/divisions.csv} (its README says which public data package it is derived from,
 * which version and licence, and how). Immutable and thread-safe.
 */
public final class DivisionTable {

    private static final String RESOURCE = "/io/github/nianbao/identity/divisions.csv";
    private static final DivisionTable STANDARD = load();

    private final List<Division> divisions;
    private final Map<String, List<Division>> byName;
    private final Map<String, Division> current;
    /** Code → a division with it, the current one where there is one (for parents of former divisions). */
    private final Map<String, Division> anyByCode;
    private final int longestName;

    private DivisionTable(List<Division> divisions) {
        this.divisions = List.copyOf(divisions);
        Map<String, List<Division>> names = new HashMap<>();
        Map<String, Division> codes = new HashMap<>();
        Map<String, Division> any = new HashMap<>();
        int longest = 0;
        for (Division d : divisions) {
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            if (d.isCurrent()) {
                codes.put(d.code(), d);
                any.put(d.code(), d);
            } else {
                any.putIfAbsent(d.code(), d);
            }
            longest = Math.max(longest, d.name().length());
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Collections.unmodifiableMap(names);
        this.current = Collections.unmodifiableMap(codes);
        this.anyByCode = Collections.unmodifiableMap(any);
        this.longestName = longest;
    }

    /** The table that ships with nianbao. */
    public static DivisionTable standard() {
        return STANDARD;
    }

    /** A table of other divisions (tests, or a newer table of your own). */
    public static DivisionTable of(List<Division> divisions) {
        return new DivisionTable(divisions);
    }

    /** Every line, current and former. */
    public List<Division> divisions() {
        return divisions;
    }

    /** Divisions, current and former, with exactly this name (such as the four 鼓楼区). */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The current division with this code. */
    public Optional<Division> current(String code) {
        return Optional.ofNullable(current.get(code));
    }

    /** The full name of a current division from its province down, such as {@code 江苏省淮安市洪泽区}. */
    public String fullName(String code) {
        Division d = current.get(code);
        if (d == null) {
            return null;
        }
        String parent = d.parent() == null ? null : fullName(d.parent());
        return parent == null ? d.name() : parent + d.name();
    }

    /**
     * Whether {@code inner} lies inside {@code outer}: its parent, or its parent's parent, has {@code outer}'s code
     * (a former county's parent may be a former city code).
     */
    boolean isWithin(Division inner, Division outer) {
        String p = inner.parent();
        if (p == null) {
            return false;
        }
        if (p.equals(outer.code())) {
            return true;
        }
        Division mid = anyByCode.get(p);
        return mid != null && outer.code().equals(mid.parent());
    }

    int longestName() {
        return longestName;
    }

    private static DivisionTable load() {
        try (InputStream in = DivisionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("division table resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Division> list = new ArrayList<>();
            String line = r.readLine(); // code,name,level,parent,first,last,successor
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    list.add(parse(line));
                }
            }
            return new DivisionTable(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Division parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 7) {
            throw new IllegalStateException("bad division table line: " + line);
        }
        return new Division(f[0], f[1], Level.ofId(f[2]), blankToNull(f[3]), Integer.parseInt(f[4]),
                f[5].isEmpty() ? null : Integer.valueOf(f[5]), blankToNull(f[6]));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
