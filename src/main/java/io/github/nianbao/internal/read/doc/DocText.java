package io.github.nianbao.internal.read.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * The special characters of Word 97-2003 (DOC) text: field codes (域代码: {@code \u0013 code \u0014 result
 * \u0015}) keep only their result; paragraph, cell and row marks ({@code \r}, {@code \u0007}), line breaks
 * ({@code \u000B}) and page breaks ({@code \u000C}) split the text into pieces; a non-breaking hyphen
 * ({@code \u001E}) becomes {@code -}; object anchors, footnote marks and other control characters are dropped.
 */
final class DocText {

    private DocText() {
    }

    /** The printed pieces of {@code raw} (not yet cleaned; see {@code WordText.join}). */
    static List<String> pieces(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int hiddenFields = 0; // fields on the stack still in their code part
        List<Boolean> stack = new ArrayList<>(); // true = in result part
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u0013' -> {
                    stack.add(false);
                    hiddenFields++;
                }
                case '\u0014' -> {
                    if (!stack.isEmpty() && !stack.get(stack.size() - 1)) {
                        stack.set(stack.size() - 1, true);
                        hiddenFields--;
                    }
                }
                case '\u0015' -> {
                    if (!stack.isEmpty() && !stack.remove(stack.size() - 1)) {
                        hiddenFields--;
                    }
                }
                default -> {
                    if (hiddenFields == 0) {
                        append(c, cur, out);
                    }
                }
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static void append(char c, StringBuilder cur, List<String> out) {
        if (c == '\r' || c == '\u0007' || c == '\u000B' || c == '\u000C' || c == '\n') {
            out.add(cur.toString());
            cur.setLength(0);
        } else if (c == '\u001E') {
            cur.append('-');
        } else if (c == '\t') {
            cur.append(' ');
        } else if (c >= 0x20 && c != 0x7F) {
            cur.append(c);
        }
    }
}
