package io.github.nianbao.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.github.nianbao.internal.Cjk;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds which known label a printed label means. Labels are compared after {@link Normalizer#label}; numbering
 * ({@code 1.}, {@code （三）}, {@code 四、}) is compared separately and must agree when both sides have it. In
 * {@link Matching#LENIENT} mode near-miss wording is matched by edit-distance similarity with a threshold that,
 * together with numbering and group context, cannot pick a wrong row of the template.
 *
 * @param <T> what a label stands for
 */
final class LabelMatcher<T> {

    /** Minimum similarity for a fuzzy match (after numbering and context bonuses). */
    static final double THRESHOLD = 0.8;

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    /**
     * Raw similarities below this cannot change a match: with the numbering and context bonuses (at most 0.15)
     * such a candidate stays under 0.70, so it can neither reach {@link #THRESHOLD} nor come within 0.05 of a
     * candidate that does (so it cannot be the runner-up that makes a match ambiguous). The edit distance is
     * therefore computed only up to the bound this implies.
     */
    private static final double IRRELEVANT_BELOW = 0.55;

    /** A known label. {@code group} is the enclosing label (context), or null. */
    record Candidate<T>(T target, Numbering label, String group) {
    }

    /** A match: what, how similar (1.0 = equal after normalisation), and whether it was fuzzy. */
    record Match<T>(T target, double score, boolean fuzzy, String printed) {
    }

    private final List<Candidate<T>> candidates = new ArrayList<>();
    /** Candidate positions by label text (without numbering), in candidate order: the exact matches. */
    private final Map<String, List<Integer>> byText = new HashMap<>();

    /** Adds a known label; all labels are added before the first {@link #match} (matchers are built once). */
    LabelMatcher<T> add(T target, String printedLabel, String group) {
        Candidate<T> c = new Candidate<>(target, Numbering.of(Normalizer.label(printedLabel)), group);
        byText.computeIfAbsent(c.label().text(), k -> new ArrayList<>()).add(candidates.size());
        candidates.add(c);
        return this;
    }

    /**
     * The best candidate for {@code printedNorm} (already normalised), or null.
     *
     * @param context the group the previous rows were in, or null
     */
    Match<T> match(String printedNorm, String context, Matching recovery) {
        Match<T> m = matchAsPrinted(printedNorm, context, recovery);
        if (m != null || recovery == Matching.STRICT || !hasStrayLetters(printedNorm)) {
            return m;
        }
        // no label of the templates has a Latin letter: one among Chinese text is OCR's reading of a speck or bracket
        Match<T> bare = matchAsPrinted(printedNorm.replaceAll("[A-Za-z]", ""), context, recovery);
        return bare == null ? null : new Match<>(bare.target(), Math.min(bare.score(), 0.99), true, printedNorm);
    }

    private static boolean hasStrayLetters(String s) {
        return s != null && s.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))
                && s.chars().anyMatch(Cjk::isHan);
    }

    private Match<T> matchAsPrinted(String printedNorm, String context, Matching recovery) {
        if (printedNorm == null || printedNorm.isEmpty()) {
            return null;
        }
        Numbering p = Numbering.of(printedNorm);
        if (p.text().isEmpty()) {
            return null;
        }
        Candidate<T> equal = firstExact(p, context);
        if (equal != null) {
            return new Match<>(equal.target(), 1.0, false, printedNorm);
        }
        Candidate<T> best = null;
        double bestScore = -1;
        double secondScore = -1;
        for (Candidate<T> c : candidates) {
            double s = score(p, c, context);
            if (s > bestScore) {
                if (best != null && !best.target().equals(c.target())) {
                    secondScore = bestScore;
                }
                bestScore = s;
                best = c;
            } else if (s > secondScore && best != null && !best.target().equals(c.target())) {
                secondScore = s;
            }
        }
        if (best == null) {
            return null;
        }
        boolean exact = bestScore >= 1.0;
        if (recovery == Matching.STRICT && !exact) {
            return null;
        }
        if (bestScore < THRESHOLD || bestScore - secondScore < 0.05 && !exact) {
            return null;
        }
        return new Match<>(best.target(), Math.min(1.0, bestScore), !exact, printedNorm);
    }

    /**
     * The first candidate (in candidate order) that scores 1.0, found through the text index instead of scoring
     * every candidate: the full scan would pick that same candidate, as no other label scores 1.0 and the scan
     * keeps the first of equal best scores.
     */
    private Candidate<T> firstExact(Numbering p, String context) {
        List<Integer> same = byText.get(p.text());
        if (same == null) {
            return null;
        }
        for (int i : same) {
            Candidate<T> c = candidates.get(i);
            if (score(p, c, context) >= 1.0) {
                return c;
            }
        }
        return null;
    }

    private static <T> double score(Numbering p, Candidate<T> c, String context) {
        Numbering k = c.label();
        if (p.has() && k.has() && (p.number() != k.number())) {
            return 0; // numbering disagrees: never the same row
        }
        double s = similarity(p.text(), k.text(), IRRELEVANT_BELOW);
        if (s >= 1.0) {
            return p.has() || !k.has() || context == null || context.equals(c.group()) ? 1.0 : 0.99;
        }
        if (p.has() && k.has() && p.style() == k.style()) {
            s += 0.1;
        }
        if (context != null && context.equals(c.group())) {
            s += 0.05;
        }
        return Math.min(s, 0.999);
    }

    /** A prefix this long (characters) may be one character off in ten. */
    private static final int NEAR_PREFIX = 10;

    /**
     * For the head of a wrapped label misread by OCR ({@code 2.申请人和逾期…} for {@code 2.申请人逾期…}): 0.9 when
     * {@code shorter}, at least {@link #NEAR_PREFIX} characters, is within one edit in ten of a head of
     * {@code longer} (which it does not equal), less for each further edit; else 0.
     */
    private static double nearPrefix(String shorter, String longer) {
        int n = shorter.length();
        if (n < NEAR_PREFIX || longer.length() <= n) {
            return 0;
        }
        int bound = n / 10;
        int best = Integer.MAX_VALUE;
        LevenshteinDistance limited = new LevenshteinDistance(bound);
        for (int len = Math.max(1, n - bound); len <= Math.min(longer.length() - 1, n + bound); len++) {
            int d = limited.apply(shorter, longer.substring(0, len));
            if (d >= 0) {
                best = Math.min(best, d);
            }
        }
        return best == Integer.MAX_VALUE ? 0 : 0.9 - 0.02 * best;
    }

    /** Similarity of two normalised labels in [0, 1]: equality, prefix/containment, else edit distance. */
    static double similarity(String a, String b) {
        return similarity(a, b, 0);
    }

    /**
     * {@link #similarity(String, String)}, except that an edit-distance similarity below {@code floor} is
     * reported as 0 (the distance is computed only up to the bound {@code floor} implies, which is cheaper).
     */
    static double similarity(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int la = a.length();
        int lb = b.length();
        int max = Math.max(la, lb);
        if (Math.min(la, lb) >= 4 && (a.startsWith(b) || b.startsWith(a))) {
            return 0.95;
        }
        if (Math.min(la, lb) >= 4 && (a.contains(b) || b.contains(a))) {
            return 0.9 * Math.min(la, lb) / max + 0.1;
        }
        double head = nearPrefix(la <= lb ? a : b, la <= lb ? b : a);
        if (head > 0) {
            return head;
        }
        if (floor <= 0) {
            return 1.0 - (double) LEVENSHTEIN.apply(a, b) / max;
        }
        int bound = (int) Math.floor((1.0 - floor) * max);
        int d = new LevenshteinDistance(bound).apply(a, b);
        return d < 0 ? 0 : 1.0 - (double) d / max;
    }
}
