package io.github.nianbao.internal.parse;

import io.github.nianbao.text.TextLine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the six parts by their headings: a numeral 一…六 (after optional {@code #} marks, with {@code 、}, {@code ．}
 * or spaces) followed by wording with the part's keyword, in increasing order. The section-三 table's own rows
 * ({@code 一、本年新收…}, {@code 四、结转下年度继续办理}) never match: they carry numbers or lack the keywords.
 */
final class PartSplitter {

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");


    /** Line ranges {@code [start, end)} of each part found; the heading line is {@code start}. */
    record Parts(Map<Part, int[]> ranges, int firstPartLine) {

        int[] range(Part p) {
            return ranges.get(p);
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
        return new Parts(ranges, first);
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
