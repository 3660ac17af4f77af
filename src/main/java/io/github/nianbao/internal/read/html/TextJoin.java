package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.Cjk;

/**
 * Turns raw page text into one clean line: {@code &nbsp;} and other whitespace become a single space, a line break
 * between two Chinese characters disappears (Chinese text has no spaces between words, so a line wrapped in the
 * source or a {@code <br>} inside a table cell must not put one there), zero-width characters go, and the ends are
 * trimmed. Spaces printed between Chinese characters on one line ({@code 总 计}) are kept as printed.
 */
final class TextJoin {

    /** Marks a line break (source newline, {@code <br>} or block boundary) in raw text. */
    static final char BREAK = '\n';

    private TextJoin() {
    }

    /** The cleaned line; never contains tabs or newlines. */
    static String clean(CharSequence raw) {
        char[] buf = chars(raw);
        int n = buf.length;
        int i = 0;
        while (i < n && isPlainVisible(buf[i])) {
            i++;
        }
        if (i == n) {
            return raw.toString(); // nothing to drop or join
        }
        int len = i; // cleaned in place: the cleaned text is never longer than what it was read from
        while (i < n) {
            char c = buf[i];
            if (isPlainVisible(c)) {
                buf[len++] = c;
                i++;
                continue;
            }
            if (isInvisible(c)) {
                i++;
                continue;
            }
            if (!isSpace(c)) {
                buf[len++] = c;
                i++;
                continue;
            }
            boolean lineBreak = false;
            while (i < n && (isSpace(buf[i]) || isInvisible(buf[i]))) {
                lineBreak |= buf[i] == '\n' || buf[i] == '\r';
                i++;
            }
            if (len == 0 || i >= n) {
                continue; // trim
            }
            if (lineBreak && isCjk(Character.codePointBefore(buf, len)) && isCjk(Character.codePointAt(buf, i))) {
                continue;
            }
            buf[len++] = ' ';
        }
        return new String(buf, 0, len);
    }

    private static char[] chars(CharSequence raw) {
        char[] buf = new char[raw.length()];
        if (raw instanceof String s) {
            s.getChars(0, buf.length, buf, 0);
        } else if (raw instanceof StringBuilder sb) {
            sb.getChars(0, buf.length, buf, 0);
        } else {
            for (int i = 0; i < buf.length; i++) {
                buf[i] = raw.charAt(i);
            }
        }
        return buf;
    }

    /** Whether {@link #clean} keeps something of {@code s}. */
    static boolean hasText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quick yes for the common characters that are neither spaces nor invisible: printable ASCII, and
     * U+3001–U+FEFE (CJK punctuation, kana, Han, Hangul, full-width forms…), where Java knows no whitespace and
     * the only invisible character, U+FEFF, lies just above.
     */
    static boolean isPlainVisible(char c) {
        return c > ' ' && c < 0x7F || c > 0x3000 && c < 0xFEFF;
    }

    /** Whether {@code c} is whitespace here ({@code &nbsp;} and the ideographic space included). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isInvisible(char c) {
        return io.github.nianbao.internal.Cjk.isInvisible(c);
    }

    /**
     * Whether a code point belongs to Chinese text: Han characters and the CJK and full-width punctuation
     * (，。、（）“”《》—…) that sits between them.
     */
    static boolean isCjk(int cp) {
        return io.github.nianbao.internal.Cjk.isCjk(cp);
    }

    /** How many Han characters ({@link #isHan}) {@code s} holds. */
    static int hanCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether {@code c} counts as a Han character: script {@link Character.UnicodeScript#HAN} from U+3400 on
     * (radicals, 々 and 〇 below do not count; surrogates are no character).
     */
    static boolean isHan(char c) {
        return c >= 0x3400 && Cjk.isHan(c);
    }
}
