package io.github.nianbao.internal.parse;

import io.github.nianbao.model.SumRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The sum rules that lie inside one row, as a {@link RowReadings.Check} over the row's cell indices. */
final class RowCheck implements RowReadings.Check {

    /** One rule by cell index; it is checked once its last cell is filled. */
    private record IndexRule(int[] left, int[] right, int last) {
    }

    private final List<IndexRule> rules;

    private RowCheck(List<IndexRule> rules) {
        this.rules = rules;
    }

    /** The rules of {@code all} whose every cell is one of {@code codes}; null when there is none. */
    static RowCheck of(List<String> codes, List<SumRule> all) {
        List<IndexRule> inside = new ArrayList<>();
        for (SumRule r : all) {
            int[] left = indices(codes, r.left());
            int[] right = indices(codes, r.right());
            if (left != null && right != null) {
                int last = -1;
                for (int i : left) {
                    last = Math.max(last, i);
                }
                for (int i : right) {
                    last = Math.max(last, i);
                }
                inside.add(new IndexRule(left, right, last));
            }
        }
        return inside.isEmpty() ? null : new RowCheck(List.copyOf(inside));
    }

    private static int[] indices(List<String> codes, List<String> cells) {
        int[] out = new int[cells.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes.indexOf(cells.get(i));
            if (out[i] < 0) {
                return null;
            }
        }
        return out;
    }

    @Override
    public boolean holds(BigDecimal[] values, int upTo) {
        for (IndexRule r : rules) {
            if (r.last() == upTo && !balanced(values, r)) {
                return false;
            }
        }
        return true;
    }

    private static boolean balanced(BigDecimal[] v, IndexRule r) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i : r.left()) {
            if (v[i] == null) {
                return true;
            }
            sum = sum.add(v[i]);
        }
        for (int i : r.right()) {
            if (v[i] == null) {
                return true;
            }
            sum = sum.subtract(v[i]);
        }
        return sum.signum() == 0;
    }
}
