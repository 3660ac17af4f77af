package io.github.nianbao.internal.parse;

import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, agency and year: from the title line (before part 一, {@link TitleFinder}), else the container's title, else
 * the body (the 统计期限 sentence, the signature and date at the end), and the page's information fields
 * ({@link CrawlHeader}: 发布机构, 发布日期, 索引号, 原文链接). In text read by OCR the agency is weighed across the title,
 * 发布机构 and the signature ({@link OcrNames}), and the title is given corrected: in the prescribed wording when OCR
 * misread it and with the agency's name as weighed, with INFO {@code OCR_TITLE_CORRECTED} naming OCR's reading.
 */
final class MetadataExtractor {

    /** Where each reading of the agency comes from (the words of {@link OcrNames}' messages). */
    static final String IN_TITLE = "the title";
    static final String IN_PUBLISHER = "发布机构";
    static final String IN_SIGNATURE = "the signature";

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern CN_YEAR = Pattern.compile("([二〇○零一二三四五六七八九]{4})\\s*年");
    private static final Pattern PERIOD = Pattern.compile("统计期限为?\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2}|[二〇○零一三四五六七八九]{4})年度?");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[#《\"“]+|[》\"”：:，,]+$");

    private MetadataExtractor() {
    }

    /**
     * @param ocr         whether any page was read by OCR (the agency is then weighed, the title corrected)
     * @param diagnostics where the weighing's diagnostics go
     */
    static Metadata extract(List<TextLine> lines, int firstPartLine, DocumentInfo info, Signature sig, boolean ocr,
                            DiagnosticList diagnostics) {
        CrawlHeader header = CrawlHeader.read(lines, firstPartLine);
        TitleFinder.Title found = TitleFinder.find(lines, firstPartLine, info.title(), header, ocr);
        String title = found == null ? null : found.text();
        Integer year = title == null ? null : yearIn(title);
        if (year == null) {
            year = periodYear(lines);
        }
        if (year == null && sig != null && sig.year() != null) {
            year = sig.year() - 1;
        }
        String publisher = info.publisher() != null ? info.publisher() : header.publisher();
        String titleAgency = title == null ? null : agencyIn(title);
        String signed = sig == null ? null : sig.agency();
        String agency;
        if (ocr) {
            agency = OcrNames.reconcile(List.of(new OcrNames.Reading(IN_TITLE, titleAgency),
                    new OcrNames.Reading(IN_PUBLISHER, publisher), new OcrNames.Reading(IN_SIGNATURE, signed)),
                    found != null && found.read() != null, allText(lines), diagnostics);
            title = corrected(found, titleAgency, agency, diagnostics);
            Integer confirmed = confirmedYear(lines, sig);
            if (title != null && year != null && confirmed != null && !confirmed.equals(year)) {
                title = withYear(title, year, confirmed, diagnostics);
                year = confirmed;
            }
        } else {
            agency = printed(titleAgency, signed, publisher);
        }
        String url = info.sourceUrl() != null ? info.sourceUrl() : header.sourceUrl();
        String date = info.publishDate() != null ? info.publishDate() : header.publishDate();
        String index = info.indexNumber() != null ? info.indexNumber() : header.indexNumber();
        return new Metadata(title, agency, year, publisher, date, index, url);
    }

    /** The agency of text that was not read by OCR: the title's, made fuller by the signature's or publisher's. */
    private static String printed(String titleAgency, String signed, String publisher) {
        String agency = fuller(titleAgency, signed);
        agency = fuller(agency, publisher);
        if (agency == null && publisher != null && !publisher.isBlank()) {
            agency = publisher.strip();
        }
        return agency == null ? signed : agency;
    }

    /**
     * The title OCR read, in the prescribed wording ({@link TitleFinder}) and with the agency's reading replaced by
     * the weighed name when they differ (not when the name only adds the organ to the title's place).
     */
    private static String corrected(TitleFinder.Title found, String titleAgency, String agency,
                                    DiagnosticList diagnostics) {
        if (found == null) {
            return null;
        }
        String title = found.text();
        if (titleAgency != null && agency != null && !agency.equals(titleAgency) && !agency.startsWith(titleAgency)) {
            String compact = compact(title);
            int at = compact.indexOf(titleAgency);
            if (at >= 0) {
                title = compact.substring(0, at) + agency + compact.substring(at + titleAgency.length());
            }
        }
        String read = found.read() != null ? found.read() : found.text();
        if (!title.equals(read)) {
            diagnostics.info(DiagnosticCode.OCR_TITLE_CORRECTED, "OCR read the title as \"" + read + "\"; given as \""
                    + title + "\" (the prescribed wording, and the agency's name as weighed across title, 发布机构 and signature)",
                    Location.UNKNOWN, null);
        }
        return title;
    }

    /** The title with OCR's reading of its year replaced by the confirmed one. */
    private static String withYear(String title, int read, int confirmed, DiagnosticList diagnostics) {
        String fixed = title.replace(read + "年", confirmed + "年");
        diagnostics.info(DiagnosticCode.OCR_TITLE_CORRECTED, "OCR read the title's year as " + read
                + "; the 统计期限 sentence and the signature's date agree on " + confirmed + ": taken (title \""
                + title + "\" given as \"" + fixed + "\")", Location.UNKNOWN, null);
        return fixed;
    }

    /** {@code s} without white space of any kind. */
    static String compact(String s) {
        return SPACES.matcher(s).replaceAll("");
    }

    private static String allText(List<TextLine> lines) {
        StringBuilder all = new StringBuilder();
        for (TextLine l : lines) {
            all.append(l.text()).append('\n');
        }
        return all.toString();
    }

    static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        m = CN_YEAR.matcher(text);
        if (m.find()) {
            StringBuilder sb = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                int d = "〇一二三四五六七八九".indexOf(c);
                if (c == '○' || c == '零') {
                    d = 0;
                }
                if (d < 0) {
                    return null;
                }
                sb.append(d);
            }
            return Integer.parseInt(sb.toString());
        }
        return null;
    }

    /** The agency in a title: the text before the year, or between the year and 政府信息公开. */
    static String agencyIn(String title) {
        String t = SPACES.matcher(title).replaceAll("");
        Matcher m = TITLE_YEAR.matcher(t);
        if (!m.find()) {
            int i = t.indexOf("政府信息公开");
            return i > 1 ? clean(t.substring(0, i)) : null;
        }
        String before = clean(t.substring(0, m.start()));
        if (before != null) {
            return before;
        }
        String after = t.substring(m.end());
        int i = after.indexOf("政府信息公开");
        if (i < 0) {
            i = after.indexOf("政务公开");
        }
        return i > 1 ? clean(after.substring(0, i)) : null;
    }

    /**
     * The signature's or publisher's name when it is the title's place name with the organ after it (三明市 →
     * 三明市人民政府, 平潭综合实验区 → 平潭综合实验区管委会); otherwise the title's name.
     */
    private static String fuller(String agency, String other) {
        if (agency == null || other == null) {
            return agency;
        }
        String o = SPACES.matcher(other).replaceAll("");
        return o.startsWith(agency) && o.length() > agency.length() && o.length() <= agency.length() + 8
                && Normalizer.hasHan(o.substring(agency.length())) ? o : agency;
    }

    private static String clean(String s) {
        String t = EDGE_MARKS.matcher(s).replaceAll("").strip();
        return t.length() >= 2 ? t : null;
    }

    /** The 统计期限 year when the signature's date is in the year after it (two readings agreeing), else null. */
    private static Integer confirmedYear(List<TextLine> lines, Signature sig) {
        Integer period = periodYear(lines);
        return period != null && sig != null && sig.year() != null && sig.year() == period + 1 ? period : null;
    }

    private static Integer periodYear(List<TextLine> lines) {
        int n = Math.min(lines.size(), 40);
        for (int i = 0; i < n; i++) {
            Matcher m = PERIOD.matcher(lines.get(i).text().replace(" ", ""));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }
}
