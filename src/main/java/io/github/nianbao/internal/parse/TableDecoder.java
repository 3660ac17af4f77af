package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import io.github.nianbao.model.SumRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a table as a whole under the template's arithmetic. Each {@link Unit} (a printed row) comes with every
 * reading its text allows; the decoder keeps the readings that take part in at least one assignment of the whole
 * table satisfying every {@link SumRule} that spans several units. Rules inside one unit are the reader's business
 * (they filter its readings before); rules whose cells are all fixed (one reading each) are left to the validator.
 *
 * <p>The search is a dynamic programme over the units: its state is the running difference of each open rule, so
 * units with many readings multiply states only as far as they lead to different sums. It is bounded
 * ({@code maxStates}); past the bound the decoder gives up and says so, leaving the units undecided.
 *
 * <p>When no assignment satisfies every rule (the report's own numbers do not add up), each rule is dropped in turn
 * and the readings that work with one rule dropped are kept; when even that fails, nothing is narrowed. Immutable
 * and stateless: a static entry point.
 */
final class TableDecoder {

    /** Several cells read together (a printed row), with the readings its text allows. */
    record Unit(String label, List<String> codes, List<Reading> readings, Location where) {

        Unit {
            codes = List.copyOf(codes);
            readings = List.copyOf(readings);
        }

        boolean isFixed() {
            return readings.size() == 1;
        }
    }

    /** How the decoder ended. */
    enum Outcome {
        /** Every rule holds in the readings kept. */
        CONSISTENT,
        /** No reading satisfies every rule; the readings kept satisfy all but one. */
        ONE_RULE_BROKEN,
        /** No reading satisfies all rules but one: nothing was narrowed. */
        CONTRADICTORY,
        /** The search passed its bound: nothing was narrowed. */
        TOO_MANY
    }

    /** The readings kept per unit (same order as the input) and how they were found. */
    record Result(List<List<Reading>> kept, Outcome outcome, SumRule dropped) {
    }

    private static final long FREE = Long.MIN_VALUE;

    private TableDecoder() {
    }

    static Result decode(List<Unit> units, List<SumRule> rules, int maxStates) {
        List<List<Reading>> all = new ArrayList<>();
        for (Unit u : units) {
            all.add(u.readings());
        }
        boolean choice = false;
        for (Unit u : units) {
            choice |= u.readings().size() > 1;
        }
        if (!choice) {
            return new Result(all, Outcome.CONSISTENT, null);
        }
        List<SumRule> open = spanning(units, rules);
        Search exact = new Search(units, open, maxStates);
        List<List<Reading>> kept = exact.run();
        if (exact.overflow) {
            return new Result(all, Outcome.TOO_MANY, null);
        }
        if (kept != null) {
            return new Result(kept, Outcome.CONSISTENT, null);
        }
        return relaxed(units, open, maxStates, all);
    }

    /** Drops one rule at a time; keeps the readings that work with some rule dropped. */
    private static Result relaxed(List<Unit> units, List<SumRule> open, int maxStates, List<List<Reading>> all) {
        List<Set<Reading>> union = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            union.add(new LinkedHashSet<>());
        }
        SumRule dropped = null;
        int solutions = 0;
        for (SumRule r : open) {
            List<SumRule> fewer = new ArrayList<>(open);
            fewer.remove(r);
            Search s = new Search(units, fewer, maxStates);
            List<List<Reading>> kept = s.run();
            if (s.overflow) {
                return new Result(all, Outcome.TOO_MANY, null);
            }
            if (kept != null) {
                solutions++;
                dropped = r;
                for (int i = 0; i < kept.size(); i++) {
                    union.get(i).addAll(kept.get(i));
                }
            }
        }
        if (solutions == 0) {
            return new Result(all, Outcome.CONTRADICTORY, null);
        }
        List<List<Reading>> kept = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            List<Reading> ordered = new ArrayList<>();
            for (Reading x : units.get(i).readings()) {
                if (union.get(i).contains(x)) {
                    ordered.add(x);
                }
            }
            kept.add(ordered);
        }
        return new Result(kept, Outcome.ONE_RULE_BROKEN, solutions == 1 ? dropped : null);
    }

    /**
     * The rules that span several units and involve a unit with a choice; rules on cells of no unit, or only on
     * fixed units, decide nothing.
     */
    private static List<SumRule> spanning(List<Unit> units, List<SumRule> rules) {
        Map<String, Integer> unitOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            for (String c : units.get(i).codes()) {
                unitOf.putIfAbsent(c, i);
            }
        }
        List<SumRule> out = new ArrayList<>();
        for (SumRule r : rules) {
            Set<Integer> touched = new HashSet<>();
            boolean known = true;
            boolean choice = false;
            for (String c : r.cells()) {
                Integer u = unitOf.get(c);
                if (u == null) {
                    known = false;
                    break;
                }
                touched.add(u);
                choice |= !units.get(u).isFixed();
            }
            if (known && touched.size() > 1 && choice) {
                out.add(r);
            }
        }
        return out;
    }

    /** One run of the dynamic programme over a fixed set of rules. */
    private static final class Search {
        private final List<Unit> units;
        private final int[] order;
        private final int maxStates;
        /** Per unit (input index), per reading: the contribution to each rule (FREE when unknown). */
        private final long[][][] delta;
        /** Per step of {@link #order}: rules that close after it (all cells assigned). */
        private final int[][] closing;
        /** Per step: rules whose left (bit 1) / right (bit 2) side is complete after it. */
        private final int[][] sideDone;
        private final int rules;
        boolean overflow;

        Search(List<Unit> units, List<SumRule> rules, int maxStates) {
            this.units = units;
            this.rules = rules.size();
            this.maxStates = maxStates;
            this.order = order(units, rules);
            this.delta = new long[units.size()][][];
            for (int u = 0; u < units.size(); u++) {
                delta[u] = deltas(units.get(u), rules);
            }
            this.closing = new int[order.length][];
            this.sideDone = new int[order.length][];
            steps(rules);
        }

        /** The readings kept per unit, or null when no assignment satisfies the rules. */
        List<List<Reading>> run() {
            List<Set<State>> layers = new ArrayList<>();
            Set<State> current = new HashSet<>();
            current.add(new State(new long[rules]));
            layers.add(current);
            for (int step = 0; step < order.length; step++) {
                Set<State> next = new HashSet<>();
                for (State s : current) {
                    for (long[] d : delta[order[step]]) {
                        State t = advance(s, d, step);
                        if (t != null) {
                            next.add(t);
                        }
                    }
                    if (next.size() > maxStates) {
                        overflow = true;
                        return null;
                    }
                }
                if (next.isEmpty()) {
                    return null;
                }
                layers.add(next);
                current = next;
            }
            return backward(layers);
        }

        /** From the last layer back: the states that reach the end, and the readings on those paths. */
        private List<List<Reading>> backward(List<Set<State>> layers) {
            boolean[][] used = new boolean[units.size()][];
            for (int u = 0; u < units.size(); u++) {
                used[u] = new boolean[units.get(u).readings().size()];
            }
            Set<State> alive = layers.get(order.length);
            for (int step = order.length - 1; step >= 0; step--) {
                Set<State> before = new HashSet<>();
                long[][] ds = delta[order[step]];
                for (State s : layers.get(step)) {
                    for (int r = 0; r < ds.length; r++) {
                        State t = advance(s, ds[r], step);
                        if (t != null && alive.contains(t)) {
                            before.add(s);
                            used[order[step]][r] = true;
                        }
                    }
                }
                alive = before;
            }
            List<List<Reading>> kept = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                List<Reading> k = new ArrayList<>();
                for (int r = 0; r < used[u].length; r++) {
                    if (used[u][r]) {
                        k.add(units.get(u).readings().get(r));
                    }
                }
                kept.add(k);
            }
            return kept;
        }

        /** The state after adding one reading's contributions, or null when a rule is broken for good. */
        private State advance(State s, long[] d, int step) {
            long[] v = s.values.clone();
            for (int r = 0; r < rules; r++) {
                if (v[r] == FREE || d[r] == 0) {
                    continue;
                }
                v[r] = d[r] == FREE ? FREE : v[r] + d[r];
            }
            for (int r : closing[step]) {
                if (v[r] != FREE && v[r] != 0) {
                    return null;
                }
                v[r] = 0; // closed: no longer distinguishes states
            }
            for (int packed : sideDone[step]) {
                int r = packed >> 2;
                if (v[r] == FREE) {
                    continue;
                }
                if ((packed & 1) != 0 && v[r] < 0 || (packed & 2) != 0 && v[r] > 0) {
                    return null; // the complete side is already exceeded by the other (all cells are counts)
                }
            }
            return new State(v);
        }

        private void steps(List<SumRule> ruleList) {
            Map<String, Integer> stepOf = new HashMap<>();
            for (int step = 0; step < order.length; step++) {
                for (String c : units.get(order[step]).codes()) {
                    stepOf.putIfAbsent(c, step);
                }
            }
            List<List<Integer>> close = new ArrayList<>();
            List<List<Integer>> sides = new ArrayList<>();
            for (int i = 0; i < order.length; i++) {
                close.add(new ArrayList<>());
                sides.add(new ArrayList<>());
            }
            for (int r = 0; r < ruleList.size(); r++) {
                SumRule rule = ruleList.get(r);
                int left = last(rule.left(), stepOf);
                int right = last(rule.right(), stepOf);
                close.get(Math.max(left, right)).add(r);
                if (left < right) {
                    for (int s = left; s < right; s++) {
                        sides.get(s).add(r << 2 | 1);
                    }
                } else if (right < left) {
                    for (int s = right; s < left; s++) {
                        sides.get(s).add(r << 2 | 2);
                    }
                }
            }
            for (int i = 0; i < order.length; i++) {
                closing[i] = close.get(i).stream().mapToInt(Integer::intValue).toArray();
                sideDone[i] = sides.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        private static int last(List<String> codes, Map<String, Integer> stepOf) {
            int max = -1;
            for (String c : codes) {
                max = Math.max(max, stepOf.get(c));
            }
            return max;
        }

        /** Contributions per reading: +value for a left cell, −value for a right cell; FREE for an unknown. */
        private static long[][] deltas(Unit unit, List<SumRule> rules) {
            long[][] out = new long[unit.readings().size()][rules.size()];
            for (int r = 0; r < rules.size(); r++) {
                SumRule rule = rules.get(r);
                for (int c = 0; c < unit.codes().size(); c++) {
                    String code = unit.codes().get(c);
                    int sign = rule.left().contains(code) ? 1 : rule.right().contains(code) ? -1 : 0;
                    if (sign == 0) {
                        continue;
                    }
                    for (int x = 0; x < out.length; x++) {
                        if (out[x][r] == FREE) {
                            continue;
                        }
                        Long v = exact(unit.readings().get(x).value(c));
                        out[x][r] = v == null ? FREE : out[x][r] + sign * v;
                    }
                }
            }
            return out;
        }

        private static Long exact(BigDecimal v) {
            if (v == null) {
                return null;
            }
            try {
                return v.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }

        /**
         * The order of the units: first those holding a whole side of a rule alone (a total row), so the sums
         * can prune early; then the others, each time the one that closes the most rules.
         */
        private static int[] order(List<Unit> units, List<SumRule> rules) {
            List<Integer> out = new ArrayList<>();
            boolean[] taken = new boolean[units.size()];
            for (int u = 0; u < units.size(); u++) {
                if (holdsSide(units.get(u), rules)) {
                    out.add(u);
                    taken[u] = true;
                }
            }
            Set<String> assigned = new HashSet<>();
            for (int u : out) {
                assigned.addAll(units.get(u).codes());
            }
            while (out.size() < units.size()) {
                int best = -1;
                int bestClosed = -1;
                for (int u = 0; u < units.size(); u++) {
                    if (taken[u]) {
                        continue;
                    }
                    int closed = closes(units.get(u), rules, assigned);
                    if (closed > bestClosed) {
                        best = u;
                        bestClosed = closed;
                    }
                }
                out.add(best);
                taken[best] = true;
                assigned.addAll(units.get(best).codes());
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        private static boolean holdsSide(Unit unit, List<SumRule> rules) {
            for (SumRule r : rules) {
                if (unit.codes().containsAll(r.left()) && !unit.codes().containsAll(r.right())
                        || unit.codes().containsAll(r.right()) && !unit.codes().containsAll(r.left())) {
                    return true;
                }
            }
            return false;
        }

        private static int closes(Unit unit, List<SumRule> rules, Set<String> assigned) {
            int n = 0;
            for (SumRule r : rules) {
                boolean touches = false;
                boolean complete = true;
                for (String c : r.cells()) {
                    boolean mine = unit.codes().contains(c);
                    touches |= mine;
                    complete &= mine || assigned.contains(c);
                }
                if (touches && complete) {
                    n++;
                }
            }
            return n;
        }
    }

    /** The running differences of the open rules. */
    private record State(long[] values) {

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
