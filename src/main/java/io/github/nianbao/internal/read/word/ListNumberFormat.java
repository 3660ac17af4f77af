package io.github.nianbao.internal.read.word;

import java.util.Locale;

/**
 * Renders one counter of an automatic list number (自动编号) in a Word number format: 一、二、三 for Chinese counting,
 * （一） comes from the level text around it, ①, 甲乙丙, Roman numerals, letters, full-width digits. Names are those of
 * WordprocessingML {@code w:numFmt}.
 */
public final class ListNumberFormat {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private ListNumberFormat() {
    }

    /** The counter {@code n} in format {@code numFmt}; unknown formats give decimal digits. */
    public static String format(int n, String numFmt) {
        String f = numFmt == null ? "decimal" : numFmt;
        return switch (f) {
            case "chineseCounting", "japaneseCounting", "chineseCountingThousand", "japaneseDigitalTenThousand",
                    "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n, DIGITS, "千百十");
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, LEGAL_DIGITS, "仟佰拾");
            case "ideographDigital", "taiwaneseDigital" -> digitByDigit(n);
            case "ideographTraditional" -> cycle(n, STEMS);
            case "ideographZodiac" -> cycle(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    enclosed(n, 0x2460, 20);
            case "decimalEnclosedParen" -> enclosed(n, 0x2474, 20);
            case "decimalEnclosedFullstop" -> enclosed(n, 0x2488, 20);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            default -> Integer.toString(n);
        };
    }

    /**
     * A paragraph's text after its list number: {@code follow} is what Word puts between them — "space" (one
     * space), "nothing", or "tab" (a gap: joined like two pieces of a cell, see {@link WordText#join}).
     */
    public static String prefix(String label, String follow, String text) {
        return switch (follow) {
            case "space" -> WordText.clean(label + " " + text);
            case "nothing" -> WordText.clean(label + text);
            default -> WordText.join(java.util.List.of(label, text));
        };
    }

    /** The name of a DOC number format code (MS-DOC {@code nfc}), as in {@link #format}. */
    public static String docFormatName(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 10, 36 -> "ideographDigital";
            case 11, 17, 33, 35, 37, 39 -> "chineseCounting";
            case 14, 19 -> "decimalFullWidth";
            case 18, 28, 29 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 26 -> "decimalEnclosedFullstop";
            case 27 -> "decimalEnclosedParen";
            case 30 -> "ideographTraditional";
            case 31 -> "ideographZodiac";
            case 16, 34, 38 -> "chineseLegalSimplified";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (below 10,000; larger numbers stay decimal). */
    static String chinese(int n, String digits, String units) {
        if (n <= 0 || n >= 10_000) {
            return n == 0 ? "零" : Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int[] powers = {1000, 100, 10, 1};
        boolean zero = false;
        for (int i = 0; i < powers.length; i++) {
            int d = n / powers[i] % 10;
            if (d == 0) {
                zero = sb.length() > 0;
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            boolean leadingTen = powers[i] == 10 && d == 1 && sb.length() == 0;
            if (!leadingTen) {
                sb.append(digits.charAt(d));
            }
            if (i < 3) {
                sb.append(units.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(Math.max(0, n)).toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String cycle(int n, String symbols) {
        return n <= 0 ? Integer.toString(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(int n, int first, int count) {
        return n >= 1 && n <= count ? new String(Character.toChars(first + n - 1)) : Integer.toString(n);
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(c == '-' ? '－' : (char) ('０' + (c - '0')));
        }
        return sb.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    /** 1 → A, 26 → Z, 27 → AA, 28 → BB (Word repeats the letter). */
    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }
}
