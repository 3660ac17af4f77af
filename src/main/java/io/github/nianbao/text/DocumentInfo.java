package io.github.nianbao.text;

/**
 * What the container says about a document, outside its body: a web page's {@code <title>} and its
 * 索引号/发布机构/发布日期 block, a PDF's or Word file's title property. Any field may be null.
 *
 * @param title       the container's title
 * @param publisher   发布机构
 * @param publishDate 发布日期 or 成文日期, as printed
 * @param indexNumber 索引号
 * @param pages       number of pages (PDF), or 0
 * @param sourceUrl   where the document was published (a crawl's 原文链接, a page's canonical address), or null
 */
public record DocumentInfo(String title, String publisher, String publishDate, String indexNumber, int pages,
                           String sourceUrl) {

    public static final DocumentInfo EMPTY = new DocumentInfo(null, null, null, null, 0, null);

    /** Without a source address. */
    public DocumentInfo(String title, String publisher, String publishDate, String indexNumber, int pages) {
        this(title, publisher, publishDate, indexNumber, pages, null);
    }
}
