package io.github.nianbao.internal.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One printed table value: a number (with thousands separators, full-width digits, a unit, a sign), a zero marker
 * ({@code 0}, blank, {@code —}, {@code -}, {@code /}, {@code 无}), or something else.
 *
 * @param raw   the text as printed
 * @param kind  what it is
 * @param value the number (0 for zero markers and blanks), or null
 */
record ValueToken(String raw, Kind kind, BigDecimal value) {

    enum Kind {
        /** Digits. */
        NUMBER,
        /** A printed zero mark: — - / 无 and the like. */
        ZERO_MARK,
        /** Nothing printed. */
        BLANK,
        /** Text that is not a number. */
        TEXT
    }

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|元|件|项|个|次|条|人次|万)?");

    static ValueToken parse(String raw) {
        String s = compact(raw);
        if (s.isEmpty()) {
            return new ValueToken(raw, Kind.BLANK, BigDecimal.ZERO);
        }
        if (isZeroMark(s)) {
            return new ValueToken(raw, Kind.ZERO_MARK, BigDecimal.ZERO);
        }
        if (isAsciiDigits(s)) {
            return new ValueToken(raw, Kind.NUMBER, new BigDecimal(s)); // what NUMBER gives for plain digits
        }
        s = unbracketUnit(s);
        char first = s.charAt(0);
        boolean mayBeNumber = first >= '0' && first <= '9' || first == '+' || first == '-';
        Matcher m = mayBeNumber && onlyNumberChars(s) ? NUMBER.matcher(s) : null;
        if (m != null && m.matches()) {
            String digits = m.group(2).replace(",", "");
            String frac = m.group(3) == null ? "" : m.group(3);
            BigDecimal v = new BigDecimal(digits + frac);
            if ("-".equals(m.group(1))) {
                v = v.negate();
            }
            return new ValueToken(raw, Kind.NUMBER, v);
        }
        return new ValueToken(raw, Kind.TEXT, null);
    }

    /** {@code 2488（元）} → {@code 2488元}: a unit printed in brackets after the number. */
    private static String unbracketUnit(String s) {
        char last = s.charAt(s.length() - 1);
        if (last != '）' && last != ')') {
            return s;
        }
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        if (open <= 0) {
            return s;
        }
        String unit = s.substring(open + 1, s.length() - 1);
        return unit.equals("元") || unit.equals("万元") || unit.equals("件") ? s.substring(0, open) + unit : s;
    }

    /** Whether every character of {@code s} can occur in a match of {@link #NUMBER} (labels such as 1.属于… fail). */
    private static boolean onlyNumberChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && "+-,.万元件项个次条人".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether this token is a value (a number or a zero mark); blanks are not. */
    boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.ZERO_MARK;
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** Strips spaces and maps full-width digits, separators and signs to ASCII. */
    static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        if (isCompact(raw)) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) ('0' + (c - '\uFF10'));
            } else if (c == '\uFF0C') {
                c = ',';
            } else if (c == '\uFF0E') {
                c = '.';
            } else if (c == '\uFF0D' || c == '\u2212' || c == '\u2010' || c == '\u2011') {
                c = '-';
            } else if (c == '\uFF0B') {
                c = '+';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether {@link #compact} would return {@code raw} unchanged (no space, nothing full-width to map). */
    private static boolean isCompact(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= '\u00A0' && (c == '\u00A0' || c == '\u3000' || Character.isWhitespace(c)
                    || c >= '\uFF0B' && c <= '\uFF19' || c == '\u2212' || c == '\u2010' || c == '\u2011')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZeroMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '—' && c != '-' && c != '–' && c != '/' && c != '／' && c != '─' && c != '━' && c != '―'
                    && c != '_' && c != '\\') {
                return s.equals("无");
            }
        }
        return true;
    }
}
