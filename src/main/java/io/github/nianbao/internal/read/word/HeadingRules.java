package io.github.nianbao.internal.read.word;

import java.util.Locale;

/**
 * When a Word paragraph is a heading (标题): a heading style ("Heading 2", "标题 2", "Title"), an outline level
 * (大纲级别) 1 to 9, or a short paragraph whose text is all bold.
 */
public final class HeadingRules {

    /** Longest bold paragraph (in characters) still taken for a heading. */
    public static final int MAX_BOLD_HEADING_LENGTH = 60;

    private HeadingRules() {
    }

    /** Whether a style name names a heading or title style, in English or Chinese. */
    public static boolean isHeadingStyleName(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "").replace("\u3000", "");
        if (n.equals("title") || n.equals("subtitle") || n.equals("标题") || n.equals("副标题")) {
            return true;
        }
        for (String prefix : new String[] {"heading", "标题"}) {
            if (n.startsWith(prefix) && n.length() > prefix.length() && allDigits(n.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an outline level (0-based as stored by Word: 0 to 8; 9 means body text) marks a heading. */
    public static boolean isHeadingOutlineLevel(int level) {
        return level >= 0 && level <= 8;
    }

    /**
     * Whether an all-bold paragraph is short enough to be a heading: at most {@link #MAX_BOLD_HEADING_LENGTH}
     * characters and not ending like a sentence (。！？；).
     */
    public static boolean isBoldHeadingText(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_BOLD_HEADING_LENGTH) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return "。！？；;!?，,".indexOf(last) < 0;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
