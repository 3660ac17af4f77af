package io.github.nianbao.internal.parse;

import io.github.nianbao.text.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature block at the end of a report (落款): the agency line before the closing date, and that date's year.
 * A web page printed or scanned ends with its furniture after the signature ({@code 分享到：微信 微博},
 * {@code 主办：… 网站标识码：…}): up to {@link #MAX_TRAILER} short lines without sentence punctuation after the date
 * are passed over.
 *
 * @param agency    the agency line as printed, or null when the line before the date is not a name
 * @param year      the closing date's year
 * @param firstLine the index of the signature's first line (the agency's, else the date's)
 */
record Signature(String agency, Integer year, int firstLine) {

    /** Most lines of page furniture read past after the date. */
    static final int MAX_TRAILER = 6;
    /** Longest agency line and furniture line. */
    private static final int MAX_AGENCY = 30;
    private static final int MAX_TRAILER_LINE = 80;
    /** The closing date; OCR may read one stray mark before 年 ({@code 2026人年1月17日}). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*((?:19|20)\\d{2})\\s*[^\\d\\s年月日]?\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*$");

    /** The signature at the end of {@code lines}, or null. */
    static Signature find(List<TextLine> lines) {
        int i = previous(lines, lines.size() - 1);
        for (int passed = 0; i >= 0 && passed <= MAX_TRAILER; passed++) {
            String text = PartSplitter.singleText(lines.get(i));
            Matcher m = text == null ? null : DATE_LINE.matcher(text);
            if (m != null && m.matches()) {
                return at(lines, i, Integer.parseInt(m.group(1)));
            }
            if (!isFurniture(lines.get(i))) {
                return null;
            }
            i = previous(lines, i - 1);
        }
        return null;
    }

    private static Signature at(List<TextLine> lines, int dateLine, Integer year) {
        int j = previous(lines, dateLine - 1);
        String agency = j < 0 ? null : PartSplitter.singleText(lines.get(j));
        if (agency != null && agency.strip().length() <= MAX_AGENCY && !agency.contains("。") && !agency.contains("，")
                && Normalizer.hasHan(agency) && PartSplitter.headingPart(lines.get(j)) == null) {
            return new Signature(agency.strip(), year, j);
        }
        return new Signature(null, year, dateLine);
    }

    /** A line of page furniture: short, no sentence punctuation. */
    private static boolean isFurniture(TextLine line) {
        String t = line.text();
        return t.length() <= MAX_TRAILER_LINE && t.indexOf('。') < 0 && t.indexOf('，') < 0 && t.indexOf('；') < 0;
    }

    private static int previous(List<TextLine> lines, int from) {
        int i = from;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        return i;
    }
}
