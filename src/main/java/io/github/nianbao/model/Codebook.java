package io.github.nianbao.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codebook: one stable variable name per table cell, the public contract between nianbao and its users. It
 * ships as the resource {@code io/github/nianbao/codebook.csv}; every API, JSON document and export names cells
 * by these codes.
 */
public final class Codebook {

    private static final String RESOURCE = "/io/github/nianbao/codebook.csv";
    private static final Codebook STANDARD = load();

    private final List<CodebookEntry> entries;
    private final Map<Template, List<CodebookEntry>> byTemplate;
    private final List<String> allCodes;
    private final Set<String> codeSet;

    private Codebook(List<CodebookEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<Template, List<CodebookEntry>> map = new LinkedHashMap<>();
        for (Template t : Template.values()) {
            List<CodebookEntry> list = new ArrayList<>();
            for (CodebookEntry e : entries) {
                if (e.appliesTo(t)) {
                    list.add(e);
                }
            }
            map.put(t, Collections.unmodifiableList(list));
        }
        this.byTemplate = Collections.unmodifiableMap(map);
        LinkedHashMap<String, Boolean> codes = new LinkedHashMap<>();
        for (CodebookEntry e : this.entries) {
            codes.putIfAbsent(e.code(), Boolean.TRUE);
        }
        this.allCodes = List.copyOf(codes.keySet());
        this.codeSet = Set.copyOf(allCodes);
    }

    /** The codebook that ships with this version of nianbao. */
    public static Codebook standard() {
        return STANDARD;
    }

    /** Every line of the codebook, in file order (a code whose labels differ between templates appears twice). */
    public List<CodebookEntry> entries() {
        return entries;
    }

    /** The entries of one template, in codebook order; empty for {@link Template#LEGACY} and {@link Template#UNKNOWN}. */
    public List<CodebookEntry> entries(Template template) {
        return byTemplate.get(template);
    }

    /** The entry for {@code code} in {@code template}, if that template has the cell. */
    public Optional<CodebookEntry> entry(String code, Template template) {
        for (CodebookEntry e : byTemplate.get(template)) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The first entry for {@code code} in any template. */
    public Optional<CodebookEntry> entry(String code) {
        for (CodebookEntry e : entries) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code code} is a code of this codebook (in any template). */
    public boolean contains(String code) {
        return codeSet.contains(code);
    }

    /** Every distinct code, in codebook order (the column order of wide exports). */
    public List<String> allCodes() {
        return allCodes;
    }

    private static Codebook load() {
        try (InputStream in = Codebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("codebook resource missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<CodebookEntry> list = new ArrayList<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = splitCsv(line); // codes interned: look-ups by code then compare by identity
                list.add(new CodebookEntry(f.get(0).intern(), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
            }
            return new Codebook(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        while (out.size() < 6) {
            out.add("");
        }
        return out;
    }
}
