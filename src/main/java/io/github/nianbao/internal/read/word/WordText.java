package io.github.nianbao.internal.read.word;

import java.util.List;

/**
 * Text rules shared by the Word readers (DOCX and DOC): cleaning a run of text and joining the paragraphs of one
 * table cell (单元格) into one line.
 */
public final class WordText {

    private WordText() {
    }

    /**
     * Cleans text as printed: control characters, tabs and line breaks become a space, zero-width characters and
     * soft hyphens are dropped, runs of spaces collapse to one, and the ends are trimmed. Nothing else changes (no
     * width or compatibility normalisation).
     */
    public static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c < 0x20 || c == 0x7F || c == ' ' || c == '\u00A0' || c == '\u2028' || c == '\u2029') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }

    /**
     * Joins pieces of one cell or paragraph (its paragraphs or lines): blank pieces are skipped; two pieces meet
     * without a space when either side of the join is a CJK character (汉字 or full-width punctuation), and with
     * one space otherwise (Latin words, numbers).
     */
    public static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String raw : pieces) {
            String p = clean(raw);
            if (p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && !isCjk(sb.charAt(sb.length() - 1)) && !isCjk(p.charAt(0))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** Whether {@code c} is a Han character, kana, CJK punctuation or a full-width form. */
    public static boolean isCjk(char c) {
        return io.github.nianbao.internal.Cjk.isCjk(c);
    }

    private static boolean isInvisible(char c) {
        return io.github.nianbao.internal.Cjk.isInvisible(c);
    }
}
