package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nianbao.model.AnnualReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a document was published, as the document or its crawl header says (Metadata.sourceUrl, publishDate). */
class ProvenanceTest {

    private static final Path TXT = Path.of("testdata/golden/haizhou-2024/haizhou-2024.txt");
    private static final Path HTML = Path.of("testdata/golden/haizhou-2023/haizhou-2023.html");

    private static AnnualReport parse(String text, String name) throws Exception {
        return Nianbao.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void aSavedPagesHeaderGivesTheAddressAndTheDate() throws Exception {
        String header = "标题：阜新市海州区2024年政府信息公开工作年度报告\n发布时间：2025-01-20\n发布机构：\n"
                + "原始链接：https://www.haizhou.gov.cn/zwgk/ndbg/2025/0120.html\n\n正文：\n";
        AnnualReport r = parse(header + Files.readString(TXT, StandardCharsets.UTF_8), "saved.txt");
        assertEquals("https://www.haizhou.gov.cn/zwgk/ndbg/2025/0120.html", r.metadata().sourceUrl());
        assertEquals("2025-01-20", r.metadata().publishDate());
        assertEquals(2024, r.year());
    }

    @Test
    void labelsWithoutAValueOrInsideTheReportGiveNothing() throws Exception {
        String text = "发布时间：\n原始链接：\n" + Files.readString(TXT, StandardCharsets.UTF_8)
                + "\n原始链接：https://example.org/after-part-one.html\n";
        AnnualReport r = parse(text, "saved.txt");
        assertNull(r.metadata().sourceUrl());
        assertNull(r.metadata().publishDate());
        assertNull(parse(Files.readString(TXT, StandardCharsets.UTF_8), "plain.txt").metadata().sourceUrl());
    }

    @Test
    void aPagesCanonicalLinkIsItsAddress() throws Exception {
        String page = Files.readString(HTML, StandardCharsets.UTF_8);
        String canonical = page.replace("<head>", "<head><link rel=\"canonical\" "
                + "href=\"https://www.haizhou.gov.cn/zwgk/2023.html\">");
        assertEquals("https://www.haizhou.gov.cn/zwgk/2023.html", parse(canonical, "p.html").metadata().sourceUrl());
        String og = page.replace("<head>", "<head><meta property=\"og:url\" content=\"http://x.gov.cn/a.htm\">");
        assertEquals("http://x.gov.cn/a.htm", parse(og, "p.html").metadata().sourceUrl());
        String relative = page.replace("<head>", "<head><link rel=\"canonical\" href=\"/zwgk/2023.html\">");
        assertNull(parse(relative, "p.html").metadata().sourceUrl(), "a relative address is not the source");
        assertNull(parse(page, "p.html").metadata().sourceUrl());
    }
}
