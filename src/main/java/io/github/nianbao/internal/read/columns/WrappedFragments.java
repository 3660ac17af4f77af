package io.github.nianbao.internal.read.columns;

import java.util.List;

/**
 * Joins the fragments of a header that are one wrapped cell ({@code 自然} / {@code 人}, {@code 结果维} / {@code 持}):
 * the lower one is the only fragment on the nearest line below the upper one that overlaps it, the upper one the
 * only one right above, the lower line is no wider, and the lines are close. Space-aligned text shifts the lines of
 * one cell by a few columns; there a fragment may also join one that comes within reach, and a fragment of one
 * character joins its clearly nearest neighbour.
 */
final class WrappedFragments {

    /** How many times the usual reach a stray one-character fragment may lie from the rest of its cell. */
    private static final double STRAY_REACH = 3;
    /** The lines of one wrapped cell are at most this many line heights apart. */
    private static final double WRAP_LIMIT = 2;
    /**
     * In space-aligned text they may be further apart: lines of other cells of a header with centred rows, or
     * empty lines, may come between.
     */
    private static final double SPACED_WRAP_LIMIT = 3;

    private WrappedFragments() {
    }

    /**
     * Joins each fragment with the one right below it when they are one wrapped cell, until nothing changes: the
     * lower one is the only fragment on the nearest line below the upper one that overlaps it, the upper one the
     * only one right above the lower one, the lower line is no wider (text wraps where the cell is full), and the
     * lines are at most {@link #WRAP_LIMIT} line heights apart ({@link #SPACED_WRAP_LIMIT} in spaced text).
     */
    static void merge(List<HeaderNode> nodes, double em, double reach) {
        double limit = (reach > 0 ? SPACED_WRAP_LIMIT : WRAP_LIMIT) * em;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (HeaderNode a : nodes) {
                HeaderNode b = onlyBelow(a, nodes, limit, em, reach);
                if (b != null && onlyAbove(b, nodes, limit, em, reach) == a
                        && b.firstWidth <= a.lastWidth() + 0.5 * em) {
                    a.append(b);
                    nodes.remove(b);
                    changed = true;
                    break;
                }
            }
        }
        if (reach > 0) {
            mergeStrayCharacters(nodes, em, reach);
        }
    }

    /**
     * In space-aligned text a line crowded with words is squeezed, so the lines of one wrapped cell can end up
     * several columns apart. A fragment of one character is never a header cell of its own ({@code 总} / {@code 计}):
     * it joins the nearest fragment on a line just above or below it, when that one is clearly the nearest and
     * within {@link #STRAY_REACH} times the usual reach.
     */
    private static void mergeStrayCharacters(List<HeaderNode> nodes, double em, double reach) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (HeaderNode s : nodes) {
                if (s.text.codePointCount(0, s.text.length()) != 1) {
                    continue;
                }
                HeaderNode best = null;
                double bestGap = Double.MAX_VALUE;
                double second = Double.MAX_VALUE;
                for (HeaderNode m : nodes) {
                    boolean apart = m.y1 <= s.y0 + 0.25 * em || m.y0 >= s.y1 - 0.25 * em;
                    double dy = Math.min(Math.abs(m.lastY0 - s.y0), Math.abs(s.lastY0 - m.y0));
                    if (m == s || !apart || dy > SPACED_WRAP_LIMIT * em) {
                        continue;
                    }
                    double gap = Math.max(0, -HeaderTree.overlap(m.x0, m.x1, s.x0, s.x1));
                    if (gap < bestGap) {
                        second = bestGap;
                        bestGap = gap;
                        best = m;
                    } else if (gap < second) {
                        second = gap;
                    }
                }
                if (best != null && bestGap <= STRAY_REACH * reach && second - bestGap >= 1) {
                    HeaderNode upper = best.y0 < s.y0 ? best : s;
                    HeaderNode lower = upper == best ? s : best;
                    upper.append(lower);
                    nodes.remove(lower);
                    changed = true;
                    break;
                }
            }
        }
    }

    /**
     * The one fragment on the next line below {@code a}'s last line that overlaps it (or, when none overlaps, the
     * one that comes within {@code reach} of it), or null.
     */
    private static HeaderNode onlyBelow(HeaderNode a, List<HeaderNode> nodes, double limit, double em, double reach) {
        HeaderNode exact = nearestBelow(a, nodes, limit, em, 0);
        if (exact != null || reach <= 0 || anyBelow(a, nodes, limit, em)) {
            return exact; // fragments right below overlap it: it is not one of shifted lines
        }
        return nearestBelow(a, nodes, limit, em, reach);
    }

    /** Whether any fragment within {@code limit} below {@code a}'s last line overlaps it. */
    private static boolean anyBelow(HeaderNode a, List<HeaderNode> nodes, double limit, double em) {
        for (HeaderNode b : nodes) {
            double d = b.y0 - a.lastY0;
            if (b != a && d > 0.5 * em && d <= limit && HeaderTree.overlap(a.lastX0, a.lastX1, b.x0, b.x1) > 0) {
                return true;
            }
        }
        return false;
    }

    private static HeaderNode nearestBelow(HeaderNode a, List<HeaderNode> nodes, double limit, double em, double reach) {
        HeaderNode found = null;
        double nearest = Double.MAX_VALUE;
        int count = 0;
        for (HeaderNode b : nodes) {
            double d = b.y0 - a.lastY0;
            if (b == a || d <= 0.5 * em || d > limit || HeaderTree.overlap(a.lastX0, a.lastX1, b.x0, b.x1) <= -reach) {
                continue;
            }
            if (d < nearest - 0.25 * em) {
                nearest = d;
                found = b;
                count = 1;
            } else if (d <= nearest + 0.25 * em) {
                count++;
            }
        }
        if (count != 1) {
            return null;
        }
        for (HeaderNode m : nodes) { // another fragment on that line reaching under a: a stands over more than one
            if (m != found && m != a && Math.abs(m.y0 - found.y0) <= 0.25 * em
                    && HeaderTree.overlap(a.lastX0, a.lastX1, m.x0, m.x1) >= 0) {
                return null;
            }
        }
        return found;
    }

    /**
     * The one fragment whose last line is on the nearest line above {@code b} and overlaps it (or, when none
     * overlaps, comes within {@code reach} of it), or null.
     */
    private static HeaderNode onlyAbove(HeaderNode b, List<HeaderNode> nodes, double limit, double em, double reach) {
        HeaderNode exact = nearestAbove(b, nodes, limit, em, 0);
        return exact != null || reach <= 0 ? exact : nearestAbove(b, nodes, limit, em, reach);
    }

    private static HeaderNode nearestAbove(HeaderNode b, List<HeaderNode> nodes, double limit, double em, double reach) {
        HeaderNode found = null;
        double nearest = Double.MAX_VALUE;
        int count = 0;
        for (HeaderNode a : nodes) {
            double d = b.y0 - a.lastY0;
            if (a == b || d <= 0.5 * em || d > limit || HeaderTree.overlap(a.lastX0, a.lastX1, b.x0, b.x1) <= -reach) {
                continue;
            }
            if (d < nearest - 0.25 * em) {
                nearest = d;
                found = a;
                count = 1;
            } else if (d <= nearest + 0.25 * em) {
                count++;
            }
        }
        return count == 1 ? found : null;
    }
}
