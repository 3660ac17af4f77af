package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Places the value cells of a row into the {@code k} columns it must have. Blank cells mean zero only where the
 * grid says a cell is there; when leading or trailing blanks make the placement ambiguous, the row's own
 * arithmetic (a total column) decides, and the choice is reported.
 */
final class ValueAligner {

    /** The placed cells ({@code null} where nothing was printed) and how they were placed. */
    record Placement(Tok[] cells, Recovery recovery) {
    }

    /** How a placement was made. */
    enum Recovery {
        /** Exactly {@code k} cells after the label. */
        EXACT,
        /** Blank edge cells taken as zero, the position decided by the row's total. */
        BY_ARITHMETIC,
        /** Blank edge cells, position ambiguous; right-aligned on the total column. */
        AMBIGUOUS,
        /** Fewer cells than columns: the missing ones are null. */
        SHORT,
        /** More cells than columns: extra ones ignored. */
        LONG,
        /** Digits run together, split so the row's total adds up. */
        SPLIT_BY_ARITHMETIC,
        /** Digits run together and no unique split: all null. */
        UNSPLITTABLE
    }

    private ValueAligner() {
    }

    /**
     * @param cells the cells after the row's label (values, blanks, stray text)
     * @param k     how many columns the row has
     * @param check the row's arithmetic, or null
     */
    static Placement place(List<Tok> cells, int k, Predicate<BigDecimal[]> check) {
        int start = 0;
        int end = cells.size();
        while (start < end && cells.get(start).isBlank()) {
            start++;
        }
        while (end > start && cells.get(end - 1).isBlank()) {
            end--;
        }
        int core = end - start;
        if (core == k) {
            return new Placement(cells.subList(start, end).toArray(new Tok[0]), Recovery.EXACT);
        }
        if (core > k) {
            return new Placement(cells.subList(end - k, end).toArray(new Tok[0]), Recovery.LONG);
        }
        if (cells.size() >= k) {
            return chooseWindow(cells, start, end, k, check);
        }
        Tok[] out = new Tok[k];
        List<Tok> sub = cells.subList(start, end);
        for (int i = 0; i < sub.size(); i++) {
            out[k - sub.size() + i] = sub.get(i);
        }
        return new Placement(out, Recovery.SHORT);
    }

    private static Placement chooseWindow(List<Tok> cells, int start, int end, int k,
                                          Predicate<BigDecimal[]> check) {
        int lo = Math.max(0, end - k);
        int hi = Math.min(start, cells.size() - k);
        if (sameValues(cells, lo, hi, k)) {
            return new Placement(cells.subList(hi, hi + k).toArray(new Tok[0]), Recovery.EXACT);
        }
        List<Integer> passing = new ArrayList<>();
        for (int s = lo; s <= hi; s++) {
            if (check != null && check.test(values(cells.subList(s, s + k)))) {
                passing.add(s);
            }
        }
        if (passing.size() == 1) {
            int s = passing.get(0);
            return new Placement(cells.subList(s, s + k).toArray(new Tok[0]), Recovery.BY_ARITHMETIC);
        }
        int s = hi;
        return new Placement(cells.subList(s, s + k).toArray(new Tok[0]), Recovery.AMBIGUOUS);
    }

    /** Whether every window from {@code lo} to {@code hi} gives the same numbers (as when all cells are blank). */
    private static boolean sameValues(List<Tok> cells, int lo, int hi, int k) {
        BigDecimal[] first = values(cells.subList(lo, lo + k));
        for (int s = lo + 1; s <= hi; s++) {
            if (!java.util.Arrays.equals(first, values(cells.subList(s, s + k)))) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal[] values(List<Tok> toks) {
        BigDecimal[] v = new BigDecimal[toks.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = toks.get(i).value().value();
        }
        return v;
    }

    /**
     * Splits digits that were printed without separators into {@code k} numbers such that {@code check} holds; the
     * split must be unique.
     */
    static Placement split(String digits, Location where, int k, Predicate<BigDecimal[]> check) {
        String d = ValueToken.compact(digits).replace(",", "");
        if (!d.matches("\\d+") || d.length() < k || check == null && k > 1 || tooMany(d.length(), k)) {
            return new Placement(new Tok[k], Recovery.UNSPLITTABLE);
        }
        if (k == 1) {
            return new Placement(new Tok[] {Tok.of(d, where)}, Recovery.EXACT);
        }
        List<int[]> found = new ArrayList<>();
        search(d, 0, k, new int[k + 1], check, found);
        if (found.size() != 1) {
            return new Placement(new Tok[k], Recovery.UNSPLITTABLE);
        }
        int[] cuts = found.get(0);
        Tok[] out = new Tok[k];
        for (int i = 0; i < k; i++) {
            out[i] = Tok.of(d.substring(cuts[i], cuts[i + 1]), where);
        }
        return new Placement(out, Recovery.SPLIT_BY_ARITHMETIC);
    }

    /** Whether splitting {@code n} digits into {@code k} parts has too many ways to try. */
    private static boolean tooMany(int n, int k) {
        double ways = 1;
        for (int i = 1; i < k; i++) {
            ways = ways * (n - i) / i;
        }
        return ways > 200_000; // about 0.1 s of search; up to 26 digits still split
    }

    private static void search(String d, int part, int k, int[] cuts, Predicate<BigDecimal[]> check,
                               List<int[]> found) {
        if (found.size() > 1) {
            return;
        }
        int from = cuts[part];
        if (part == k - 1) {
            if (from >= d.length() || d.length() - from > 12 || d.charAt(from) == '0' && d.length() - from > 1) {
                return;
            }
            cuts[k] = d.length();
            BigDecimal[] v = new BigDecimal[k];
            for (int i = 0; i < k; i++) {
                v[i] = new BigDecimal(d.substring(cuts[i], cuts[i + 1]));
            }
            if (check.test(v)) {
                found.add(cuts.clone());
            }
            return;
        }
        int maxLen = d.charAt(from) == '0' ? 1 : 12;
        for (int len = 1; len <= maxLen && from + len <= d.length() - (k - part - 1); len++) {
            cuts[part + 1] = from + len;
            search(d, part + 1, k, cuts, check, found);
        }
    }
}
