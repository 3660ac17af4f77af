package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every way the tokens printed after a row label can fill the row's {@code k} cells, for text that lost the table's
 * grid. What the text may have done to the cells is the {@link Form}:
 * <ul>
 * <li>{@link Form#RUN_ON}: cells run together on the label's line ({@code 行政规范性文件1311}, {@code 230 000023}):
 * a run of digits may hold several cells, and an empty cell leaves nothing;</li>
 * <li>{@link Form#NODES}: one text node per line: each line is one cell, an empty cell leaves no line; at a cost,
 * two lines may be one number cut by markup ({@code 1} / {@code 60}) and one line may stand for equal neighbours
 * that a crawler merged (a row of seven zeros printed as one {@code 0}).</li>
 * </ul>
 * Readings are filtered by the row's own arithmetic (a {@link Check}); the cheapest readings that pass are kept.
 * The enumeration is bounded; past the bound {@link Result#overflow()} is set and no reading is returned.
 */
final class RowReadings {

    /** How the text lost the grid. */
    enum Form {
        RUN_ON,
        NODES
    }

    /** A row's own arithmetic over its cell values (indices 0…k−1); null values are unknown. */
    interface Check {
        /** Whether the values so far (cells 0…{@code upTo}) can still satisfy the rule. */
        boolean holds(BigDecimal[] values, int upTo);
    }

    /** The readings found, and whether the row's own check had to be given up. */
    record Result(List<Reading> readings, boolean checked, boolean overflow) {
    }

    /** One printed token: its text and where. */
    record Token(String text, Location location) {
    }

    static final int MAX_COST = 3;
    private static final int MAX_STEPS = 400_000;
    private static final int MAX_READINGS = 4_000;
    private static final int MAX_DIGITS = 12;
    /** Digits (a sign, a fraction, a unit allowed) that run-on text may have run together. */
    private static final java.util.regex.Pattern SPLITTABLE =
            java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?(万元|元|件)?");

    private final List<Piece> pieces;
    private final int k;
    private final Form form;
    private final Check check;
    private final BigDecimal[] values;
    private final String[] raws;
    private final Location[] locations;
    private final List<Reading> out = new ArrayList<>();
    private int steps;
    private boolean overflow;
    private int maxCost;

    private RowReadings(List<Piece> pieces, int k, Form form, Check check) {
        this.pieces = pieces;
        this.k = k;
        this.form = form;
        this.check = check;
        this.values = new BigDecimal[k];
        this.raws = new String[k];
        this.locations = new Location[k];
    }

    /**
     * The readings of a row of {@code k} cells from its tokens. Tries cost 0 first, then higher costs (only for
     * {@link Form#NODES}); when no reading passes the check at any cost, returns the cost-0 readings unchecked.
     */
    static Result of(List<Token> tokens, int k, Form form, Check check) {
        List<Piece> pieces = Piece.split(tokens);
        if (pieces == null) {
            return new Result(List.of(), false, true);
        }
        int top = form == Form.NODES ? MAX_COST : 0;
        for (int cost = 0; cost <= top; cost++) {
            RowReadings r = new RowReadings(pieces, k, form, check);
            r.maxCost = cost;
            r.fill(0, 0, 0, 0, -1);
            if (r.overflow) {
                return new Result(List.of(), false, true);
            }
            if (!r.out.isEmpty()) {
                return new Result(List.copyOf(r.out), true, false);
            }
        }
        RowReadings r = new RowReadings(pieces, k, form, null);
        r.fill(0, 0, 0, 0, -1);
        return r.overflow ? new Result(List.of(), false, true) : new Result(List.copyOf(r.out), false, false);
    }

    /**
     * @param col    the next cell to fill
     * @param piece  the next piece to use
     * @param offset digits of that piece already used (RUN_ON splits)
     * @param cost   unusual steps so far
     * @param last   the piece the previous non-empty cell took whole (may be repeated), or −1
     */
    private void fill(int col, int piece, int offset, int cost, int last) {
        if (overflow || ++steps > MAX_STEPS || out.size() > MAX_READINGS) {
            overflow = true;
            return;
        }
        if (col == k) {
            if (piece == pieces.size()) {
                out.add(new Reading(values, raws, locations, cost));
            }
            return;
        }
        if (cellsNeeded(piece, offset, cost) > k - col) {
            return;
        }
        // an empty cell (in run-on text it may fall between any two numbers, inside a run of digits too)
        if (offset == 0 || form == Form.RUN_ON) {
            set(col, BigDecimal.ZERO, "", Location.UNKNOWN);
            if (passes(col)) {
                fill(col + 1, piece, offset, cost, last);
            }
        }
        if (piece < pieces.size()) {
            Piece p = pieces.get(piece);
            if (form == Form.RUN_ON && p.splittable()) {
                splits(col, piece, offset, cost);
            } else if (offset == 0) {
                set(col, p.value(), p.text(), p.location());
                if (passes(col)) {
                    fill(col + 1, piece + 1, 0, cost, piece);
                }
                if (form == Form.NODES && cost < maxCost) {
                    joins(col, piece, cost);
                }
            }
        }
        if (form == Form.NODES && last >= 0 && offset == 0 && cost < maxCost) {
            Piece p = pieces.get(last);
            set(col, p.value(), p.text(), p.location());
            if (passes(col)) {
                fill(col + 1, piece, 0, cost + 1, last);
            }
        }
    }

    /** RUN_ON: the next cell takes a prefix of the remaining digits of a piece. */
    private void splits(int col, int piece, int offset, int cost) {
        Piece p = pieces.get(piece);
        String digits = p.digits();
        int remaining = digits.length() - offset;
        int sign = offset == 0 && (digits.charAt(0) == '-' || digits.charAt(0) == '+') ? 1 : 0;
        // a number never starts with 0: a 0 is a cell of its own
        int maxLen = digits.charAt(offset + sign) == '0' ? sign + 1 : Math.min(remaining, MAX_DIGITS + sign);
        for (int len = sign + 1; len <= maxLen; len++) {
            if (len == remaining) {
                take(col, p.whole(offset), piece + 1, 0, cost, p);
            } else {
                take(col, p.part(offset, offset + len), piece, offset + len, cost, p);
            }
        }
    }

    private void take(int col, String[] text, int nextPiece, int nextOffset, int cost, Piece p) {
        set(col, new BigDecimal(text[1]), text[0], p.location());
        if (passes(col)) {
            fill(col + 1, nextPiece, nextOffset, cost, -1);
        }
    }

    /** NODES: the next cell is two or more lines joined (a number cut by markup). */
    private void joins(int col, int piece, int cost) {
        StringBuilder digits = new StringBuilder(pieces.get(piece).digitsOrNull() == null ? ""
                : pieces.get(piece).digitsOrNull());
        if (digits.length() == 0) {
            return;
        }
        StringBuilder raw = new StringBuilder(pieces.get(piece).text());
        for (int next = piece + 1; next < pieces.size() && cost + (next - piece) <= maxCost; next++) {
            String d = pieces.get(next).digitsOrNull();
            if (d == null || digits.length() + d.length() > MAX_DIGITS) {
                return;
            }
            digits.append(d);
            raw.append(pieces.get(next).text());
            if (digits.charAt(0) == '0') {
                return;
            }
            set(col, new BigDecimal(digits.toString()), raw.toString(), pieces.get(piece).location());
            if (passes(col)) {
                fill(col + 1, next + 1, 0, cost + (next - piece), -1);
            }
        }
    }

    /** The fewest cells the remaining pieces need. */
    private int cellsNeeded(int piece, int offset, int cost) {
        if (form == Form.NODES) {
            return Math.max(0, pieces.size() - piece - (maxCost - cost));
        }
        int n = 0;
        for (int i = piece; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            n += p.splittable() ? (p.digits().length() - (i == piece ? offset : 0) + MAX_DIGITS - 1) / MAX_DIGITS : 1;
        }
        return n;
    }

    private void set(int col, BigDecimal v, String raw, Location where) {
        values[col] = v;
        raws[col] = raw;
        locations[col] = where;
    }

    private boolean passes(int col) {
        if (check == null) {
            return true;
        }
        return check.holds(values, col);
    }

    /** A token as the enumeration sees it: a whole value, or digits that RUN_ON text may split. */
    private record Piece(String text, BigDecimal value, String digits, String tail, Location location) {

        /**
         * Tokens → pieces: each token is split at signs and zero marks into values; null when a token is not
         * made of values at all.
         */
        static List<Piece> split(List<Token> tokens) {
            List<Piece> out = new ArrayList<>();
            for (Token t : tokens) {
                String s = ValueToken.compact(t.text());
                if (s.isEmpty()) {
                    continue;
                }
                ValueToken v = ValueToken.parse(s);
                if (v.kind() == ValueToken.Kind.ZERO_MARK || v.kind() == ValueToken.Kind.NUMBER
                        && !SPLITTABLE.matcher(s).matches()) {
                    out.add(new Piece(t.text(), v.value(), null, null, t.location()));
                    continue;
                }
                if (!addRuns(s, t, out)) {
                    return null;
                }
            }
            return out;
        }

        /** Splits {@code 60-357} into {@code 60}, {@code -357}; {@code 13575394432.52元} keeps its tail. */
        private static boolean addRuns(String s, Token t, List<Piece> out) {
            int i = 0;
            while (i < s.length()) {
                int start = i;
                if (s.charAt(i) == '-' || s.charAt(i) == '+') {
                    i++;
                }
                int digitsStart = i;
                while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                    i++;
                }
                if (i == digitsStart) {
                    return false;
                }
                int digitsEnd = i;
                if (i < s.length() && s.charAt(i) == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    i++;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                }
                while (i < s.length() && "万元件项个次条人".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                String sign = s.substring(start, digitsStart);
                String digits = s.substring(digitsStart, digitsEnd);
                String tail = s.substring(digitsEnd, i);
                out.add(new Piece(s.substring(start, i), null, sign + digits, tail, t.location()));
            }
            return true;
        }

        private static boolean isDigitRun(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9')) {
                    return false;
                }
            }
            return true;
        }

        boolean splittable() {
            return digits != null;
        }

        /** The digit string, sign included. */
        String digitsOrNull() {
            return digits != null && tail.isEmpty() && digits.charAt(0) != '-' && digits.charAt(0) != '+'
                    ? digits : null;
        }

        @Override
        public BigDecimal value() {
            if (value != null) {
                return value;
            }
            return ValueToken.parse(text).value();
        }

        /** {raw, number} of the digits from {@code from} to the end, with the tail (fraction, unit). */
        String[] whole(int from) {
            String head = digits.substring(from);
            String number = head + fraction();
            return new String[] {head + tail, ValueToken.parse(number).value().toPlainString()};
        }

        /** {raw, number} of the digits {@code from}…{@code to} (no tail). */
        String[] part(int from, int to) {
            String d = digits.substring(from, to);
            return new String[] {d, d};
        }

        private String fraction() {
            int dot = tail.indexOf('.');
            if (dot < 0) {
                return "";
            }
            int end = dot + 1;
            while (end < tail.length() && Character.isDigit(tail.charAt(end))) {
                end++;
            }
            return tail.substring(dot, end);
        }
    }
}
