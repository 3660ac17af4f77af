package io.github.nianbao.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * What document converters do to report text (tab-separated table rows), as random, value-preserving rewrites of
 * its lines. Each perturbation touches a random share of the lines it applies to; {@link #NAMES} lists them.
 */
final class ConverterPerturbations {

    /** A named rewrite of the lines. */
    record Perturbation(String name, BiFunction<List<String>, Random, List<String>> apply) {
    }

    private static final String[] DEBRIS = {"— 2 —", "-3-", "第 3 页 共 5 页", "", "  ", "－ 4 －", "第5页"};
    private static final String[] ZERO_STYLES = {"0", "—", "-", "/", "无", "", "０"};

    static final List<Perturbation> ALL = List.of(
            new Perturbation("lost-leading-tabs", ConverterPerturbations::loseLeadingTabs),
            new Perturbation("wrapped-labels", ConverterPerturbations::wrapLabels),
            new Perturbation("page-debris", ConverterPerturbations::insertDebris),
            new Perturbation("zero-styles", ConverterPerturbations::restyleZeros),
            new Perturbation("bracket-widths", ConverterPerturbations::swapBrackets),
            new Perturbation("spaces-in-labels", ConverterPerturbations::spaceLabels),
            new Perturbation("full-width-digits", ConverterPerturbations::widenDigits));

    static final List<String> NAMES = ALL.stream().map(Perturbation::name).toList();

    private ConverterPerturbations() {
    }

    /** A table row: a line with a tab. */
    static boolean isRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    /** Merged-cell continuations (leading tabs) disappear: {@code \t\t2.其他…\t/\t1} → {@code 2.其他…\t/\t1}. */
    static List<String> loseLeadingTabs(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(isRow(l) && l.startsWith("\t") && labelIndex(cells(l)) >= 0 && r.nextBoolean()
                    ? stripLeadingTabs(l) : l);
        }
        return out;
    }

    /**
     * A long label of a data row wraps inside its cell: its head stays on one line (with the labels before it)
     * and the rest moves with the numbers to the next, whose earlier cells are blank
     * ({@code \t3.危及“三安全一稳定”\t/\t…} → {@code \t3.危及“三安} / {@code \t全一稳定”\t/\t…}).
     */
    static List<String> wrapLabels(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String[] c = cells(l);
            int li = labelIndex(c);
            if (!isRow(l) || li < 0 || c[li].strip().length() < 8 || !r.nextBoolean() || !hasValueAfter(c, li)) {
                out.add(l);
                continue;
            }
            String label = c[li].strip();
            int cut = 4 + r.nextInt(label.length() - 6);
            String[] tail = c.clone();
            for (int i = 0; i < li; i++) {
                tail[i] = "";
            }
            tail[li] = label.substring(cut);
            String[] head = new String[li + 1];
            for (int i = 0; i < li; i++) {
                head[i] = c[i];
            }
            head[li] = label.substring(0, cut);
            out.add(String.join("\t", head));
            out.add(String.join("\t", tail));
        }
        return out;
    }

    /** Page numbers, footers and blank lines between table rows. */
    static List<String> insertDebris(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size() + 8);
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            boolean between = isRow(lines.get(i)) && i + 1 < lines.size() && isRow(lines.get(i + 1));
            if (between && r.nextInt(4) == 0) {
                int n = 1 + r.nextInt(2);
                for (int k = 0; k < n; k++) {
                    out.add(DEBRIS[r.nextInt(DEBRIS.length)]);
                }
            }
        }
        return out;
    }

    /** Zero printed in another style: {@code 0}, {@code —}, {@code -}, {@code /}, {@code 无}, blank, {@code ０}. */
    static List<String> restyleZeros(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String[] c = cells(l);
            int li = labelIndex(c);
            if (!isRow(l) || li < 0) {
                out.add(l);
                continue;
            }
            for (int i = li + 1; i < c.length; i++) {
                if (isZero(c[i]) && r.nextBoolean()) {
                    c[i] = ZERO_STYLES[r.nextInt(ZERO_STYLES.length)];
                }
            }
            out.add(String.join("\t", c));
        }
        return out;
    }

    /** {@code （一）} ↔ {@code (一)}, in any line. */
    static List<String> swapBrackets(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            if (!r.nextBoolean()) {
                out.add(l);
            } else if (l.indexOf('（') >= 0) {
                out.add(l.replace('（', '(').replace('）', ')'));
            } else {
                out.add(l.replace('(', '（').replace(')', '）'));
            }
        }
        return out;
    }

    /** Spaces (ASCII or ideographic) between two Han characters of a label cell: {@code 总计} → {@code 总 计}. */
    static List<String> spaceLabels(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String[] c = cells(l);
            if (!isRow(l)) {
                out.add(l);
                continue;
            }
            for (int i = 0; i < c.length; i++) {
                if (isLabel(c[i]) && r.nextInt(3) == 0) {
                    c[i] = insertSpace(c[i], r);
                }
            }
            out.add(String.join("\t", c));
        }
        return out;
    }

    /** Value cells in full-width digits: {@code 28} → {@code ２８}. */
    static List<String> widenDigits(List<String> lines, Random r) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String[] c = cells(l);
            if (!isRow(l)) {
                out.add(l);
                continue;
            }
            for (int i = 0; i < c.length; i++) {
                if (c[i].strip().matches("[0-9]+(\\.[0-9]+)?") && r.nextBoolean()) {
                    c[i] = widen(c[i]);
                }
            }
            out.add(String.join("\t", c));
        }
        return out;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static String[] cells(String line) {
        return line.split("\t", -1);
    }

    private static String stripLeadingTabs(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == '\t') {
            i++;
        }
        return l.substring(i);
    }

    /** Index of the last cell with a Han character, or -1. */
    private static int labelIndex(String[] c) {
        for (int i = c.length - 1; i >= 0; i--) {
            if (isLabel(c[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasValueAfter(String[] c, int li) {
        for (int i = li + 1; i < c.length; i++) {
            if (c[i].strip().matches("[0-9０-９.,]+") || isZero(c[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabel(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && !isZero(s);
    }

    private static boolean isZero(String s) {
        String t = s.strip();
        return t.equals("0") || t.equals("—") || t.equals("-") || t.equals("/") || t.equals("无") || t.equals("０");
    }

    private static String insertSpace(String label, Random r) {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < label.length(); i++) {
            if (Normalizer.isHan(label.charAt(i - 1)) && Normalizer.isHan(label.charAt(i))) {
                gaps.add(i);
            }
        }
        if (gaps.isEmpty()) {
            return label;
        }
        int at = gaps.get(r.nextInt(gaps.size()));
        return label.substring(0, at) + (r.nextBoolean() ? " " : "\u3000") + label.substring(at);
    }

    private static String widen(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : ch);
        }
        return sb.toString();
    }
}
