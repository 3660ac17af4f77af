package io.github.nianbao.internal.parse;

import io.github.nianbao.internal.Cjk;

/**
 * Normalises printed labels so that variants compare equal: full-width digits and letters → ASCII, half-width
 * brackets → full-width, whitespace and quotes removed, numbering {@code 1、}/{@code 1．}/{@code 1,} → {@code 1.},
 * {@code 一．}/{@code 一.} → {@code 一、}, CJK radicals and compatibility ideographs → unified ideographs. Only
 * those characters are mapped: no blanket NFKC (it would rewrite （一）).
 */
final class Normalizer {

    private Normalizer() {
    }

    /** The label normalised for comparison. */
    static String label(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int plain = 0;
        while (plain < s.length() && isPlain(s.charAt(plain))) {
            plain++;
        }
        if (plain == s.length()) {
            return fixNumbering(s); // nothing to map or drop: most labels
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = mapChar(s.charAt(i));
            if (!isDropped(c)) {
                sb.append(c);
            }
        }
        return fixNumbering(sb.toString());
    }

    /**
     * Whether {@code c} passes through {@link #label} unchanged: a Han ideograph of the main block, or printable
     * ASCII other than brackets and quotes (conservative: anything else takes the general path).
     */
    private static boolean isPlain(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') { // mapChar keeps them, none is dropped
            return true;
        }
        return c > ' ' && c < 0x7F && c != '(' && c != ')' && c != '"' && c != '\'';
    }

    /** Whether {@link #label} leaves {@code c} (already mapped) out: whitespace, zero-width marks, quotes. */
    static boolean isDropped(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF'
                || isQuote(c);
    }

    /** Maps one character: full-width ASCII → ASCII (except brackets, which become full-width). */
    static char mapChar(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        if (c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '(':
                return '（';
            case ')':
                return '）';
            case '\uFF0E': // ．
            case '\u3002': // 。 used as numbering dot sometimes
                return c == '\uFF0E' ? '.' : c;
            case '\uFF0F':
                return '/';
            case '\uFF0D':
            case '\u2212':
                return '-';
            case '\uFF1A':
                return '：';
            default:
                break;
        }
        if (c >= '\u2F00' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\u2E80' && c <= '\u2EFF') {
            String n = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (n.length() == 1) {
                return n.charAt(0);
            }
        }
        return c;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」'
                || c == '『' || c == '』' || c == '＂';
    }

    /** {@code 1、} {@code 1，} {@code 1,} → {@code 1.}; {@code 一．} {@code 一.} {@code 一，} → {@code 一、} (at the start). */
    private static String fixNumbering(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && i <= 2) {
            char c = s.charAt(i);
            if (i == 1 && Cjk.isHan(c)) {
                return s.charAt(0) + "." + s.substring(1); // 3其他: the dot OCR (or the typist) left out
            }
            return c == '、' || c == '，' || c == ',' || c == '：' ? replaceAt(s, i, '.') : s;
        }
        if (s.length() > 2 && s.charAt(0) == '（' && Numbering.NUMERALS.indexOf(s.charAt(1)) >= 0
                && Cjk.isHan(s.charAt(2)) && Numbering.NUMERALS.indexOf(s.charAt(2)) < 0) {
            return "（" + s.charAt(1) + "）" + s.substring(2); // （七总计: the closing bracket OCR left out
        }
        if (s.length() > 1 && Numbering.NUMERALS.indexOf(s.charAt(0)) >= 0) {
            char c = s.charAt(1);
            if (c == '.' || c == '，' || c == ',' || c == '．') {
                return replaceAt(s, 1, '、');
            }
        }
        return s;
    }

    private static String replaceAt(String s, int i, char c) {
        char[] chars = s.toCharArray();
        chars[i] = c;
        return new String(chars);
    }

    /** Whether {@code c} is a Han ideograph. */
    static boolean isHan(char c) {
        return io.github.nianbao.internal.Cjk.isHan(c);
    }

    /** Whether the text contains a Han ideograph. */
    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
