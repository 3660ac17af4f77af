package io.github.nianbao.internal.parse;

/**
 * The numbering in front of a normalised label ({@code 1.}, {@code （三）}, {@code 四、}) and the label without it.
 *
 * @param number the numbering as an integer (1 for {@code 1.}, {@code （一）} and {@code 一、}), or 0 if none
 * @param style  {@code '.'} for {@code 1.}, {@code '（'} for {@code （一）}, {@code '、'} for {@code 一、}, or 0
 * @param text   the label without the numbering
 */
record Numbering(int number, char style, String text) {

    /** The Chinese numerals a numbering may use. */
    static final String NUMERALS = "一二三四五六七八九十";
    private static final Numbering NONE_EMPTY = new Numbering(0, (char) 0, "");

    /**
     * Reads {@code 1.}/{@code 12.} (one or two digits and a dot), {@code （一）}/{@code （十二）} or {@code 一、}/{@code
     * 十二、} at the start; the rest is the label. A rest holding a line break means no numbering (as the regular
     * expressions {@code ^(\d{1,2})\.(.*)$} etc. this replaces decided).
     */
    static Numbering of(String norm) {
        if (norm.isEmpty()) {
            return NONE_EMPTY;
        }
        char first = norm.charAt(0);
        if (first >= '0' && first <= '9') {
            int end = norm.length() > 1 && isAsciiDigit(norm.charAt(1)) ? 2 : 1;
            if (end < norm.length() && norm.charAt(end) == '.' && noLineBreak(norm, end + 1)) {
                return new Numbering(Integer.parseInt(norm.substring(0, end)), '.', norm.substring(end + 1));
            }
        } else if (first == '（') {
            int end = numeralsEnd(norm, 1);
            if (end > 1 && end < norm.length() && norm.charAt(end) == '）' && noLineBreak(norm, end + 1)) {
                return new Numbering(chineseNumber(norm.substring(1, end)), '（', norm.substring(end + 1));
            }
        } else {
            int end = numeralsEnd(norm, 0);
            if (end > 0 && end < norm.length() && norm.charAt(end) == '、' && noLineBreak(norm, end + 1)) {
                return new Numbering(chineseNumber(norm.substring(0, end)), '、', norm.substring(end + 1));
            }
        }
        return new Numbering(0, (char) 0, norm);
    }

    /** The end of at most two numerals 一…十 starting at {@code from}. */
    private static int numeralsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i < from + 2 && NUMERALS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code s} from {@code from} on has no line terminator (what {@code .} in a pattern does not match). */
    private static boolean noLineBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    boolean has() {
        return number > 0;
    }

    /** 一 … 十九 as an integer; 0 when not such a numeral. */
    static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        if (s.length() == 1) {
            if (s.charAt(0) == '十') {
                return 10;
            }
            return digits.indexOf(s.charAt(0)) + 1;
        }
        if (s.length() == 2 && s.charAt(0) == '十') {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return 0;
    }
}
