package io.github.nianbao.internal.parse;

import io.github.nianbao.text.TextLine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import java.util.regex.Pattern;

/**
 * Finds the six parts by their headings: a numeral 一…六 (after optional {@code #} marks, with {@code 、}, {@code ．}
 * or spaces) followed by wording with the part's keyword, in increasing order. The section-三 table's own rows
 * ({@code 一、本年新收…}, {@code 四、结转下年度继续办理}) never match: they carry numbers or lack the keywords.
 */
final class PartSplitter {

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");


    /** Line ranges {@code [start, end)} of each part found; the heading line is {@code start}. */
    record Parts(Map<Part, int[]> ranges, int firstPartLine, Set<Part> headless) {

        int[] range(Part p) {
            return ranges.get(p);
        }

        /** Whether the part was found by its table, not a heading: its first line is content. */
        boolean isHeadless(Part p) {
            return headless.contains(p);
        }

        boolean has(Part p) {
            return ranges.containsKey(p);
        }
    }

    private PartSplitter() {
    }

    static Parts split(List<TextLine> lines) {
        Map<Part, Integer> starts = new EnumMap<>(Part.class);
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            Part p = headingPart(lines.get(i));
            if (p != null && p.number() > last) {
                starts.put(p, i);
                last = p.number();
            }
        }
        Set<Part> headless = inferTables(lines, starts);
        Map<Part, int[]> ranges = new EnumMap<>(Part.class);
        Part prev = null;
        for (Map.Entry<Part, Integer> e : starts.entrySet()) {
            if (prev != null) {
                ranges.get(prev)[1] = e.getValue();
            }
            ranges.put(e.getKey(), new int[] {e.getValue(), lines.size()});
            prev = e.getKey();
        }
        int first = starts.isEmpty() ? lines.size() : starts.values().iterator().next();
        return new Parts(ranges, first, headless);
    }

    /**
     * A page excerpt without the tables' part headings (a crawl that kept only the tables): the parts 二, 三 and
     * 四 start where their tables do — 第二十条 captions, the 申请人情况 header or 本年新收 row, the 结果维持 header —
     * when these come in order and fit between the headings found.
     */
    private static Set<Part> inferTables(List<TextLine> lines, Map<Part, Integer> starts) {
        int from = starts.containsKey(Part.OVERVIEW) ? starts.get(Part.OVERVIEW) + 1 : 0;
        int to = lines.size();
        for (Map.Entry<Part, Integer> e : starts.entrySet()) {
            if (e.getKey().number() > Part.REVIEW.number()) {
                to = Math.min(to, e.getValue());
            }
        }
        Set<Part> found = EnumSet.noneOf(Part.class);
        if (!starts.containsKey(Part.PROACTIVE)) {
            int end = firstOf(starts, to, Part.REQUESTS, Part.REVIEW);
            put(starts, found, Part.PROACTIVE, find(lines, from, end, "第二十条第"));
        }
        if (!starts.containsKey(Part.REQUESTS)) {
            int begin = Math.max(from, starts.getOrDefault(Part.PROACTIVE, from - 1) + 1);
            put(starts, found, Part.REQUESTS, find(lines, begin, firstOf(starts, to, Part.REVIEW), "申请人情况",
                    "本年新收"));
        }
        if (!starts.containsKey(Part.REVIEW)) {
            int begin = Math.max(from, Math.max(starts.getOrDefault(Part.PROACTIVE, -1),
                    starts.getOrDefault(Part.REQUESTS, -1)) + 1);
            put(starts, found, Part.REVIEW, find(lines, begin, to, "结果维持"));
        }
        if (found.isEmpty()) {
            return Set.of();
        }
        Map<Part, Integer> sorted = new EnumMap<>(starts);
        starts.clear();
        starts.putAll(sorted);
        return found;
    }

    private static int firstOf(Map<Part, Integer> starts, int otherwise, Part... parts) {
        for (Part p : parts) {
            if (starts.containsKey(p)) {
                return starts.get(p);
            }
        }
        return otherwise;
    }

    private static void put(Map<Part, Integer> starts, Set<Part> found, Part p, int line) {
        if (line >= 0) {
            starts.put(p, line);
            found.add(p);
        }
    }

    private static int find(List<TextLine> lines, int from, int to, String... words) {
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text();
            for (String w : words) {
                if (t.contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The part this line is the heading of, or null. */
    static Part headingPart(TextLine line) {
        String text = singleText(line);
        if (text == null || !startsWithPartNumeral(text)) {
            return null;
        }
        String norm = Normalizer.label(text);
        while (norm.startsWith("#")) {
            norm = norm.substring(1);
        }
        if (norm.length() < 3 || norm.length() > 40) {
            return null;
        }
        int k = 0;
        while (k < norm.length() && "一二三四五六".indexOf(norm.charAt(k)) >= 0) {
            k++;
        }
        if (k != 1) {
            return null;
        }
        Part part = Part.ofNumber("一二三四五六".indexOf(norm.charAt(0)) + 1);
        String rest = norm.substring(1);
        boolean separated = rest.startsWith("、") || rest.startsWith(".") || rest.startsWith("，")
                || rest.startsWith(",") || rest.startsWith("：") || hasSpaceAfterNumeral(text);
        if (rest.startsWith("、") || rest.startsWith(".") || rest.startsWith("，") || rest.startsWith(",")
                || rest.startsWith("：")) {
            rest = rest.substring(1);
        }
        if (HAS_DIGIT.matcher(rest).matches() || rest.startsWith("是") || rest.startsWith("要")) {
            return null;
        }
        if (!separated && !part.startsTitle(rest)) {
            return null;
        }
        return part.matchesTitle(rest) ? part : null;
    }

    /**
     * Whether the first character that {@link Normalizer#label} keeps, after {@code #} marks, is 一…六: the
     * normalised heading must start so; checked on the raw text so that paragraphs are not normalised.
     */
    private static boolean startsWithPartNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = Normalizer.mapChar(text.charAt(i));
            if (c != '#' && !Normalizer.isDropped(c)) {
                return "一二三四五六".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static boolean hasSpaceAfterNumeral(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && t.charAt(i) == '#') {
            i++;
        }
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i + 1 < t.length() && (Character.isWhitespace(t.charAt(i + 1)) || t.charAt(i + 1) == '\u3000');
    }

    /** The text of a line that has exactly one non-blank cell, or null. */
    static String singleText(TextLine line) {
        String found = null;
        for (var c : line.cells()) {
            if (!c.isBlank()) {
                if (found != null) {
                    return null;
                }
                found = c.text();
            }
        }
        return found;
    }
}
