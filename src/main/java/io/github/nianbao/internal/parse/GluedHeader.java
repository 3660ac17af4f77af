package io.github.nianbao.internal.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Column labels printed without separators ({@code 本年制发件数本年废止件数}), split into known labels: the cheapest
 * cut of the text into labels, each as printed or one character off when it has five or more (an OCR slip such as
 * 刻 for 废), with marks around them (a quote or a full stop OCR read from speckle) left out.
 */
final class GluedHeader {

    /** Most marks left out. */
    private static final int MAX_MARKS = 3;
    /** A label this long may be one character off. */
    private static final int FUZZY_LENGTH = 5;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** The labels found and how many characters were off or left out. */
    record Split(List<String> labels, int edits) {
        Split {
            labels = List.copyOf(labels);
        }
    }

    private GluedHeader() {
    }

    /**
     * The split of {@code norm} (normalised) into two or more of {@code labels} ({@code norms}: the same labels
     * normalised), or null.
     */
    static Split split(String norm, List<String> labels, List<String> norms) {
        int n = norm.length();
        int[] cost = new int[n + 1];
        int[] marks = new int[n + 1];
        int[] back = new int[n + 1];
        int[] label = new int[n + 1];
        Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Integer.MAX_VALUE) {
                continue;
            }
            if (isMark(norm.charAt(i)) && marks[i] < MAX_MARKS) {
                relax(i + 1, cost[i] + 1, marks[i] + 1, i, -1, cost, marks, back, label);
            }
            for (int k = 0; k < norms.size(); k++) {
                String l = norms.get(k);
                if (norm.startsWith(l, i)) {
                    relax(i + l.length(), cost[i], marks[i], i, k, cost, marks, back, label);
                } else if (l.length() >= FUZZY_LENGTH) {
                    for (int len = l.length() - 1; len <= l.length() + 1 && i + len <= n; len++) {
                        if (ONE_EDIT.apply(norm.substring(i, i + len), l) == 1) {
                            relax(i + len, cost[i] + 1, marks[i], i, k, cost, marks, back, label);
                        }
                    }
                }
            }
        }
        if (cost[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int at = n; at > 0; at = back[at]) {
            if (label[at] >= 0) {
                out.add(0, labels.get(label[at]));
            }
        }
        return out.size() < 2 ? null : new Split(out, cost[n]);
    }

    private static void relax(int to, int c, int m, int from, int k, int[] cost, int[] marks, int[] back,
                              int[] label) {
        if (c < cost[to]) {
            cost[to] = c;
            marks[to] = m;
            back[to] = from;
            label[to] = k;
        }
    }

    /** Not a letter, digit or Chinese character. */
    private static boolean isMark(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
