package io.github.nianbao.model;

/**
 * What a report says about itself.
 *
 * @param title       the report's title as printed (spaces kept); in text read by OCR, corrected where OCR misread
 *                    it (the prescribed wording, the agency's name and year as weighed; {@code OCR_TITLE_CORRECTED}
 *                    gives OCR's reading), null when no title could be read
 * @param agency      the reporting agency: the title's name (the signature's or 发布机构's when it only adds the organ
 *                    to the title's place), else 发布机构, else the signature; in text read by OCR the reading those
 *                    places confirm ({@code OCR_NAME_CORRECTED}), or the likeliest with {@code AGENCY_UNCERTAIN}
 * @param year        the year reported on, or null when not found
 * @param publisher   发布机构 from a web page's metadata block or information lines, as read, or null
 * @param publishDate 发布日期 (or 成文日期) as printed, or null
 * @param indexNumber 索引号, or null
 * @param sourceUrl   the address the document was published at, where the document or its crawl header gives it (a
 *                    web page's canonical link, a saved page's 原始链接 line), or null
 */
public record Metadata(String title, String agency, Integer year, String publisher, String publishDate,
                       String indexNumber, String sourceUrl) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

    /** Metadata without a source address. */
    public Metadata(String title, String agency, Integer year, String publisher, String publishDate,
                    String indexNumber) {
        this(title, agency, year, publisher, publishDate, indexNumber, null);
    }
}
