package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import io.github.nianbao.text.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of text that lost the table's grid, as label and numbers: {@code 行政规范性文件1311} is the label
 * {@code 行政规范性文件} and the run {@code 1311}; {@code 一、本年新收政府信息公开申请数量230 000023} the label and the
 * runs {@code 230}, {@code 000023}; a line of numbers only has no label. Numbers inside the label
 * ({@code 第二十条第（一）项}, {@code 1.属于国家秘密}) stay in it: the numbers are the tail after the last character that
 * cannot be part of a number.
 *
 * @param label  the label text (blank when the line holds numbers only)
 * @param tokens the numbers after it, split at whitespace, in order
 * @param where  the line's location
 */
record StreamLine(String label, List<RowReadings.Token> tokens, Location where) {

    private static final String NUMBER_CHARS = "0123456789０１２３４５６７８９,，.．+-－—–/／";
    private static final String UNITS = "元万件";

    /** The line read as label and numbers; null when it is not a single piece of text. */
    static StreamLine of(TextLine line) {
        String text = PartSplitter.singleText(line);
        if (text == null) {
            return null;
        }
        String s = text.strip();
        int cut = tailStart(s);
        String label = s.substring(0, cut).strip();
        List<RowReadings.Token> tokens = new ArrayList<>();
        for (String part : s.substring(cut).split("[\\s\\u3000\\u00A0]+")) {
            if (!part.isEmpty()) {
                tokens.add(new RowReadings.Token(part, line.location()));
            }
        }
        return new StreamLine(label, List.copyOf(tokens), line.location());
    }

    boolean hasLabel() {
        return !label.isEmpty();
    }

    /** Where the trailing numbers start: after the last character that cannot belong to a number. */
    private static int tailStart(String s) {
        int i = s.length();
        while (i > 0) {
            char c = s.charAt(i - 1);
            boolean unit = UNITS.indexOf(c) >= 0 && i - 1 > 0 && isNumberChar(s.charAt(i - 2));
            if (!isNumberChar(c) && !Character.isWhitespace(c) && c != '\u3000' && !unit) {
                break;
            }
            i--;
        }
        // a tail must hold a digit or be a zero mark on a line of its own
        String tail = s.substring(i);
        boolean digit = false;
        for (int k = 0; k < tail.length(); k++) {
            digit |= Character.isDigit(tail.charAt(k));
        }
        if (!digit && i > 0) {
            return s.length();
        }
        return i;
    }

    private static boolean isNumberChar(char c) {
        return NUMBER_CHARS.indexOf(c) >= 0;
    }
}
