package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks run-on text — a crawl that printed the whole article on one line, the tables' cells run together
 * ({@code 二、主动公开政府信息情况 第二十条第（一）项信息内容…规章行政规范性文件1311第二十条第（五）项…}) — into the lines
 * the parser expects: one per part heading, and inside the tables one per row label, each row's numbers left at
 * the end of its label's line (where {@link TableRow} finds them as run-on digits).
 *
 * <p>Row labels are found by the start of their wording (the first few characters after their numbering, which
 * is taken along: {@code 2.没有现成信息…} after {@code …7000007} leaves the {@code 2} to the label). Short labels
 * ({@code 其他}, {@code 总计}) count only with their own numbering ({@code 3.其他}, {@code （七）总计}). Lines that are
 * not run-on are returned as they are.
 */
final class RunOnText {

    /** A line is run-on when it is this long and holds this many row labels. */
    private static final int MIN_LENGTH = 120;
    private static final int MIN_LABELS = 4;
    private static final int KEY_LENGTH = 6;
    private static final List<Key> KEYS = keys();

    /** The start of a row label's wording, and the numbering it must have when the wording is short. */
    private record Key(String text, String numbering, String section) {
    }

    private RunOnText() {
    }

    static List<TextLine> expand(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            List<TextLine> split = line.kind() == LineKind.TABLE_ROW ? null : split(line);
            if (split != null && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                if (split != null) {
                    out.addAll(split);
                } else {
                    out.add(line);
                }
            }
        }
        return out == null ? lines : out;
    }

    /** The line cut at part headings and row labels, or null when it is not run-on. */
    private static List<TextLine> split(TextLine line) {
        String text = PartSplitter.singleText(line);
        if (text == null || text.length() < MIN_LENGTH) {
            return null;
        }
        Folded f = Folded.of(text);
        List<Integer> cuts = new ArrayList<>();
        int labels = 0;
        for (int i = 0; i < f.norm.length(); i++) {
            int heading = headingAt(text, f, i);
            if (heading > 0) {
                cuts.add(f.raw(i));
                cuts.add(f.raw(i + heading));
                i += heading - 1;
                continue;
            }
            Key k = keyAt(f.norm, i);
            if (k == null) {
                continue;
            }
            int start = numberingStart(f.norm, i, k);
            if (start < 0) {
                continue;
            }
            cuts.add(f.raw(start));
            labels++;
            i += k.text().length() - 1;
        }
        if (labels < MIN_LABELS) {
            return null;
        }
        return pieces(line, text, cuts);
    }

    private static List<TextLine> pieces(TextLine line, String text, List<Integer> cuts) {
        List<TextLine> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            add(out, text.substring(from, cut), line);
            from = cut;
        }
        add(out, text.substring(from), line);
        return out;
    }

    private static void add(List<TextLine> out, String piece, TextLine line) {
        String s = piece.strip();
        if (!s.isEmpty()) {
            out.add(new TextLine(LineKind.PARAGRAPH, List.of(new TextCell(s, line.location())), line.location()));
        }
    }

    /** The length (in folded characters) of a part heading starting at {@code i}, or 0. */
    private static int headingAt(String raw, Folded f, int i) {
        char c = f.norm.charAt(i);
        if ("一二三四五六".indexOf(c) < 0 || i + 1 >= f.norm.length() || "、.．，".indexOf(f.norm.charAt(i + 1)) < 0
                || i > 0 && "第（(".indexOf(f.norm.charAt(i - 1)) >= 0) {
            return 0;
        }
        int end = i + 2;
        while (end < f.norm.length() && end - i < 40 && (Normalizer.isHan(f.norm.charAt(end))
                || f.norm.charAt(end) == '、') && !endsTitle(f.norm, i, end)) {
            end++;
        }
        if (end < f.norm.length() && endsTitle(f.norm, i, end)) {
            end++;
        }
        String candidate = raw.substring(f.raw(i), f.raw(end - 1) + 1);
        TextLine probe = new TextLine(LineKind.PARAGRAPH, List.of(new TextCell(candidate, null)), null);
        return PartSplitter.headingPart(probe) != null ? end - i : 0;
    }

    /** Whether the title ends at {@code end} (inclusive): its 情况 or 事项. */
    private static boolean endsTitle(String norm, int start, int end) {
        return end - start >= 3 && (norm.startsWith("况", end) && norm.charAt(end - 1) == '情'
                || norm.startsWith("项", end) && norm.charAt(end - 1) == '事');
    }

    private static Key keyAt(String norm, int i) {
        for (Key k : KEYS) {
            if (norm.startsWith(k.text(), i)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Where the label whose wording starts at {@code i} begins, its numbering included; −1 when the key needs its
     * numbering and it is not there.
     */
    private static int numberingStart(String norm, int i, Key k) {
        int start = i;
        if (i >= 3 && norm.charAt(i - 1) == '）' && norm.charAt(i - 3) == '（') {
            start = i - 3; // （一）
        } else if (i >= 2 && "、.．".indexOf(norm.charAt(i - 1)) >= 0
                && (Character.isDigit(norm.charAt(i - 2)) || "一二三四五六七八".indexOf(norm.charAt(i - 2)) >= 0)) {
            start = i - 2; // 1. or 一、
        }
        if (k.numbering() != null && !numberingMatches(norm.substring(start, i), k.numbering())) {
            return -1;
        }
        return start;
    }

    private static boolean numberingMatches(String printed, String expected) {
        if (printed.isEmpty()) {
            return false;
        }
        String a = printed.replace('、', '.').replace('．', '.');
        String b = expected.replace('、', '.').replace('．', '.');
        return a.equals(b);
    }

    /** Keys from the codebook's row labels of sections 二 and 三, longest first. */
    private static List<Key> keys() {
        Map<String, Key> keys = new LinkedHashMap<>();
        for (CodebookEntry e : Codebook.standard().entries()) {
            if (!"二".equals(e.section()) && !"三".equals(e.section())) {
                continue;
            }
            for (String part : e.rowLabel().split("/")) {
                String norm = Normalizer.label(part);
                String wording = Numbering.of(norm).text();
                String numbering = norm.substring(0, norm.length() - wording.length());
                String head = wording.startsWith("第二十条") ? wording : hanPrefix(wording);
                boolean shortKey = head.length() < 4 && !"二".equals(e.section());
                if (head.length() < 2) {
                    continue;
                }
                keys.putIfAbsent(head + "|" + numbering, new Key(head, shortKey ? numbering : null, e.section()));
            }
        }
        List<Key> out = new ArrayList<>(keys.values());
        out.sort(Comparator.comparingInt((Key k) -> k.text().length()).reversed());
        return List.copyOf(out);
    }

    /** Up to {@link #KEY_LENGTH} leading Han characters of the wording. */
    private static String hanPrefix(String wording) {
        int n = 0;
        while (n < wording.length() && n < KEY_LENGTH && Normalizer.isHan(wording.charAt(n))) {
            n++;
        }
        return wording.substring(0, n);
    }

    /** Text folded as {@link Normalizer#mapChar} folds it (dropped characters removed), with a map back. */
    private record Folded(String norm, int[] toRaw) {

        static Folded of(String raw) {
            StringBuilder sb = new StringBuilder(raw.length());
            int[] map = new int[raw.length()];
            for (int i = 0; i < raw.length(); i++) {
                char c = Normalizer.mapChar(raw.charAt(i));
                if (!Normalizer.isDropped(c)) {
                    map[sb.length()] = i;
                    sb.append(c);
                }
            }
            return new Folded(sb.toString(), java.util.Arrays.copyOf(map, sb.length()));
        }

        int raw(int i) {
            return i < toRaw.length ? toRaw[i] : toRaw.length == 0 ? 0 : toRaw[toRaw.length - 1] + 1;
        }
    }
}
