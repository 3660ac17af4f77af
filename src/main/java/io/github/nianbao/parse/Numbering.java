package io.github.nianbao.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering in front of a normalised label ({@code 1.}, {@code （三）}, {@code 四、}) and the label without it.
 *
 * @param number the numbering as an integer (1 for {@code 1.}, {@code （一）} and {@code 一、}), or 0 if none
 * @param style  {@code '.'} for {@code 1.}, {@code '（'} for {@code （一）}, {@code '、'} for {@code 一、}, or 0
 * @param text   the label without the numbering
 */
record Numbering(int number, char style, String text) {

    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\.(.*)$");
    private static final Pattern PAREN = Pattern.compile("^（([一二三四五六七八九十]{1,2})）(.*)$");
    private static final Pattern COMMA = Pattern.compile("^([一二三四五六七八九十]{1,2})、(.*)$");

    static Numbering of(String norm) {
        Matcher m = ARABIC.matcher(norm);
        if (m.matches()) {
            return new Numbering(Integer.parseInt(m.group(1)), '.', m.group(2));
        }
        m = PAREN.matcher(norm);
        if (m.matches()) {
            return new Numbering(chineseNumber(m.group(1)), '（', m.group(2));
        }
        m = COMMA.matcher(norm);
        if (m.matches()) {
            return new Numbering(chineseNumber(m.group(1)), '、', m.group(2));
        }
        return new Numbering(0, (char) 0, norm);
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
