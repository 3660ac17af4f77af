package io.github.nianbao.internal;

/**
 * Character classes for Chinese text, shared by every reader and the parser so that "no space between Chinese
 * characters" means the same everywhere. Internal: not part of the API.
 */
public final class Cjk {

    private Cjk() {
    }

    /** Whether {@code cp} is a Han ideograph (汉字), including radicals and compatibility ideographs. */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFC) { // U+4E00..9FFC: all assigned Han in Java 17 (Unicode 13)
            return true;
        }
        if (cp < 0x2E80 || cp >= 0xA000 && cp < 0xF900 || cp >= 0xFB00 && cp <= 0xFFFF) {
            return false; // the BMP has Han only in U+2E80..9FFF and U+F900..FAFF (not full-width punctuation)
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether {@code cp} belongs to Chinese text written without spaces: Han, kana, CJK symbols and punctuation,
     * full-width forms (also full-width digits), and the quotes, dashes and ellipsis used between Chinese
     * characters (“” ‘’ —— …… ·).
     */
    public static boolean isCjk(int cp) {
        if (cp >= 0x3000 && cp <= 0x30FF || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x2E80 && cp <= 0x2FDF
                || cp >= 0xFE30 && cp <= 0xFE4F) {
            return true;
        }
        if (cp >= 0x2014 && cp <= 0x201F || cp == 0x2026 || cp == 0x00B7) {
            return true;
        }
        return isHan(cp) || Character.isSurrogate((char) cp) && cp <= 0xFFFF;
    }

    /** Zero-width characters and soft hyphens, which carry no text. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
