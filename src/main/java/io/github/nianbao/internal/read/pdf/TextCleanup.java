package io.github.nianbao.internal.read.pdf;

import java.text.Normalizer;
import java.util.Map;

/**
 * Character-level repairs of text taken from PDF fonts. Fonts made by WPS and some converters map ideographs to
 * look-alike code points: Kangxi radicals (康熙部首, U+2F00–U+2FDF, e.g. ⼀ for 一), CJK radicals supplement
 * (U+2E80–U+2EFF, e.g. ⻓ for 长) and CJK compatibility ideographs (U+F900–U+FAFF). Each such character is mapped to
 * its unified ideograph one by one; the rest of the text is left exactly as printed (no blanket NFKC, which would
 * rewrite full-width brackets such as （一）).
 */
final class TextCleanup {

    /** Simplified-Chinese radical forms in the supplement block without a Unicode decomposition. */
    private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(
            Map.entry('\u2EA0', '民'), Map.entry('\u2ED3', '长'), Map.entry('\u2EDB', '风'), Map.entry('\u2ECB', '车'),
            Map.entry('\u2EC5', '见'), Map.entry('\u2EE2', '马'), Map.entry('\u2ED4', '门'), Map.entry('\u2EC9', '贝'),
            Map.entry('\u2EDC', '飞'), Map.entry('\u2EDD', '食'), Map.entry('\u2EDA', '页'), Map.entry('\u2EE9', '黄'),
            Map.entry('\u2EEC', '齐'), Map.entry('\u2EF0', '龙'), Map.entry('\u2EEE', '齿'), Map.entry('\u2ED8', '青'),
            Map.entry('\u2EC4', '西'), Map.entry('\u2EC6', '角'), Map.entry('\u2EC8', '讠'), Map.entry('\u2EE8', '麦'),
            Map.entry('\u2EE5', '鱼'), Map.entry('\u2EE6', '鸟'), Map.entry('\u2EE7', '卤'), Map.entry('\u2EEA', '黾'),
            Map.entry('\u2ED7', '雨'), Map.entry('\u2E9D', '月'), Map.entry('\u2EAE', '竹'), Map.entry('\u2ED0', '钅'),
            Map.entry('\u2EB0', '纟'), Map.entry('\u2EA9', '王'), Map.entry('\u2EE0', '饣'), Map.entry('\u2EE3', '骨'),
            Map.entry('\u2EE4', '鬼'), Map.entry('\u2ED1', '長'), Map.entry('\u2EA1', '氵'), Map.entry('\u2EA3', '灬'),
            Map.entry('\u2ED6', '阝'), Map.entry('\u2ECF', '阝'), Map.entry('\u2EBC', '月'), Map.entry('\u2ECD', '辶'),
            Map.entry('\u2EAD', '礻'));

    private TextCleanup() {
    }

    /** Maps radicals and compatibility ideographs to unified ideographs, character by character. */
    static String mapIdeographs(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = mapIdeograph(c);
            if (m != c) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** One character: the unified ideograph for a radical or compatibility ideograph, else {@code c}. */
    static char mapIdeograph(char c) {
        if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
            Character special = SUPPLEMENT.get(c);
            if (special != null) {
                return special;
            }
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (n.length() == 1 && isHan(n.charAt(0))) {
                return n.charAt(0);
            }
        }
        return c;
    }

    /** Whether {@code c} is a Han ideograph. */
    static boolean isHan(char c) {
        return io.github.nianbao.internal.Cjk.isHan(c);
    }

    /**
     * Whether {@code c} is CJK text that is written without spaces: Han, full-width punctuation and brackets, or
     * kana.
     */
    static boolean isCjk(char c) {
        return io.github.nianbao.internal.Cjk.isCjk(c);
    }

    /** Removes spaces between two CJK characters ({@code 总 计} → {@code 总计}) and collapses other runs of spaces. */
    static String removeCjkSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && isSpace(s.charAt(j))) {
                j++;
            }
            boolean between = sb.length() > 0 && j < n && isCjk(sb.charAt(sb.length() - 1)) && isCjk(s.charAt(j));
            if (!between && sb.length() > 0 && j < n) {
                sb.append(' ');
            }
            i = j;
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\t' || c == '\u2002' || c == '\u2003'
                || c == '\u2009';
    }

    /** Characters that show a font without a usable ToUnicode map: U+FFFD and private-use code points. */
    static int countBroken(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF') {
                count++;
            }
        }
        return count;
    }

    /** The full clean-up applied to every cell and line. */
    static String clean(String s) {
        return removeCjkSpaces(mapIdeographs(s)).strip();
    }
}
