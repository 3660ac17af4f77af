package io.github.nianbao.internal.read.columns;

import java.util.regex.Pattern;

/**
 * What a reader takes for a table value without knowing the table: a number (digits, thousands separators, a
 * decimal point, a unit such as 元 or 件, full-width digits) or a mark printed for zero or "not applicable"
 * ({@code /}, {@code -}, {@code —}, {@code 无}).
 */
public final class Values {

    private static final Pattern NUMBER = Pattern.compile("[-+−]?[0-9０-９][0-9０-９,，.．]*(%|元|万元|件|条|项|个)?");
    private static final Pattern ZERO_MARK = Pattern.compile("[/／\\-－—–―─]+|无");

    /** The start of a numbered item: 一、 （一） (1) 1. 1、 */
    private static final Pattern NUMBERED = Pattern.compile(
            "[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、]");

    private Values() {
    }

    /**
     * Whether {@code text} starts with an enumeration mark ({@code 三、}, {@code （一）}, {@code 1.}): numbered text
     * is a row label, a title or a heading, never a column's header.
     */
    public static boolean isNumbered(String text) {
        return NUMBERED.matcher(text).lookingAt();
    }

    /** Whether {@code text} (already stripped) is a number or a zero mark. */
    public static boolean isValue(String text) {
        return NUMBER.matcher(text).matches() || ZERO_MARK.matcher(text).matches();
    }
}
