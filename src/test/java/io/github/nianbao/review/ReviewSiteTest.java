package io.github.nianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.bulk.BulkImporter;
import io.github.nianbao.bulk.ImportOptions;
import io.github.nianbao.bulk.ImportSummary;
import io.github.nianbao.bulk.ProgressListener;
import io.github.nianbao.model.Box;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's check: a small import (a report with a known S3_ROW_SUM, copies of it in HTML and TXT, a real PDF with two
 * S4_GROUP_SUM warnings, two files that fail), its review site written, then opened in headless Chromium: the index
 * lists every report and the failed files and filters by flag; the S3_ROW_SUM cell is coloured with its message beside
 * it; the PDF's flagged cells have their page images with the box where the cell is printed.
 *
 * <p>The PDF's known coordinates: {@code pdftotext -f 4 -l 4 -bbox testdata/golden/hongze-district-gov-2023/…pdf -}
 * (poppler, an independent reader) prints the words of page 4 with their boxes in points from the page's top-left;
 * the 行政复议 总计 and 复议后起诉 总计 cells print {@code 0} at the boxes in {@link #KNOWN_GLYPHS}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewSiteTest {

    private static final Path GOLDEN = Path.of("testdata/golden");
    private static final String ROW_SUM = "r9004-row-sum/r9004-row-sum.txt";
    private static final String PDF = "hongze-district-gov-2023/hongze-district-gov-2023.pdf";
    /** Where poppler's pdftotext finds the printed token of each flagged cell of {@link #PDF}, page 4. */
    private static final Map<String, Box> KNOWN_GLYPHS = Map.of(
            "s4_recon_total", new Box(213.24f, 452.02f, 220.27f, 466.11f),
            "s4_suit_after_total", new Box(497.40f, 452.02f, 504.43f, 466.11f));
    private static final int BOX_RGB = PageRenderer.BOX_RGB;

    @TempDir
    static Path tmp;
    static Path db;
    static Path site;
    static ReviewSummary first;
    /** Whether the import stored the PDF cells' boxes itself (a reader with positions), or the test set them. */
    static boolean importStoredBoxes;

    @BeforeAll
    static void importAndWriteTheSite() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String f : List.of(ROW_SUM, "r9004/r9004.html", "r9004/r9004.txt", PDF)) {
            Files.copy(GOLDEN.resolve(f), in.resolve(Path.of(f).getFileName()));
        }
        Files.copy(Path.of("testdata/bad/notice.txt"), in.resolve("notice.txt"));
        Files.copy(Path.of("testdata/bad/empty.txt"), in.resolve("empty.txt"));
        db = tmp.resolve("reports.sqlite");
        ImportSummary s = new BulkImporter(ImportOptions.defaults().withJobs(2)).run(List.of(in), db,
                ProgressListener.NONE);
        assertEquals(4, s.imported());
        assertEquals(2, s.failed());
        importStoredBoxes = storedBox("s4_recon_total") != null;
        if (!importStoredBoxes) {
            // a reader without positions: the boxes it would store stand in, so that the images are tested either way
            for (Map.Entry<String, Box> e : KNOWN_GLYPHS.entrySet()) {
                setBox(e.getKey(), e.getValue());
            }
        }
        site = tmp.resolve("site");
        first = ReviewSite.write(db, site, ReviewOptions.defaults().withJobs(2));
    }

    @Test
    @Order(1)
    void theSiteHasAPagePerReportAnImagePerFlaggedPdfCellAndTheFailedFiles() throws IOException {
        assertEquals(4, first.imported());
        assertEquals(2, first.failed());
        assertEquals(4, first.pagesWritten());
        assertEquals(0, first.nSourceProblems(), first.sourceProblems().toString());
        assertTrue(first.imagesRendered() >= 2, "one image per flagged PDF cell: " + first);
        try (Stream<Path> pages = Files.list(site.resolve("r"))) {
            assertEquals(4, pages.count());
        }
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(4, index.select("#reports .body .r").size());
        assertEquals(List.of("EMPTY", "NOT_A_REPORT"), index.select("#failed-files tbody tr td:eq(1)").eachText()
                .stream().sorted().toList());
    }

    @Test
    @Order(2)
    void aRerunRewritesNothingAndRendersNothing() throws IOException {
        ReviewSummary again = ReviewSite.write(db, site, ReviewOptions.defaults().withJobs(2));
        assertEquals(0, again.pagesWritten(), again.toString());
        assertEquals(4, again.pagesUnchanged());
        assertEquals(0, again.imagesRendered());
        assertFalse(again.indexWritten());
        assertEquals(0, again.filesRemoved());
        assertTrue(again.evidenceCached() >= 2, again.toString());
    }

    @Test
    @Order(3)
    void aFolderOfSomethingElseIsRefused() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> ReviewSite.write(db, other, ReviewOptions.defaults()));
        assertTrue(e.getMessage().contains("not written by nianbao review"), e.getMessage());
        assertTrue(Files.exists(other.resolve("notes.txt")));
    }

    @Test
    @Order(4)
    void withoutBoxesInTheDatabaseTheSourceIsReadAgainForThem() throws Exception {
        Path copy = tmp.resolve("no-boxes.sqlite");
        Files.copy(db, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE cells SET box_x0 = NULL, box_y0 = NULL, box_x1 = NULL, box_y1 = NULL");
        }
        Path out = tmp.resolve("site-no-boxes");
        ReviewSummary summary = ReviewSite.write(copy, out, ReviewOptions.defaults().withJobs(2));
        assertEquals(0, summary.nSourceProblems(), summary.sourceProblems().toString());
        Document page = Jsoup.parse(out.resolve(pageOf(PDF)).toFile(), "UTF-8");
        io.github.nianbao.model.AnnualReport again = io.github.nianbao.Nianbao.parse(GOLDEN.resolve(PDF));
        for (String code : KNOWN_GLYPHS.keySet()) {
            Element flag = page.getElementById("f-" + code);
            assertNotNull(flag, code);
            if (again.cell(code).location().box() != null) { // this version's PDF reader keeps positions
                assertNotNull(flag.selectFirst("figure img"), code + ": " + flag);
                assertTrue(flag.selectFirst("figcaption").text().contains("found by reading the source file again"));
            } else {
                assertTrue(flag.selectFirst(".note").text().contains("no position on page 4 is known"), flag.text());
            }
        }
    }

    @Test
    @Order(5)
    void aReportNoLongerInTheDatabaseLosesItsPageAndItsImages() throws Exception {
        Path copy = tmp.resolve("fewer.sqlite");
        Files.copy(db, copy);
        Path out = tmp.resolve("site-fewer");
        ReviewSite.write(copy, out, ReviewOptions.defaults().withJobs(2));
        String pdfPage = pageOf(PDF);
        assertTrue(Files.exists(out.resolve(pdfPage)));
        List<Path> images;
        try (Stream<Path> s = Files.list(out.resolve("img"))) {
            images = s.toList();
        }
        assertFalse(images.isEmpty());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            assertTrue(s.executeUpdate("DELETE FROM reports WHERE format = 'pdf'") > 0);
        }
        ReviewSummary again = ReviewSite.write(copy, out, ReviewOptions.defaults().withJobs(2));
        assertEquals(3, again.imported());
        assertTrue(again.indexWritten());
        assertTrue(again.filesRemoved() >= 1 + images.size(), "the page, its images and its cache: " + again);
        assertFalse(Files.exists(out.resolve(pdfPage)));
        images.forEach(i -> assertFalse(Files.exists(i), i.toString()));
        assertEquals(3, Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("#reports .body .r").size());
    }

    @Test
    @Order(10)
    void theIndexListsEveryReportInTheBrowserAndFiltersByFlag() throws Exception {
        Chromium chromium = Chromium.require(tmp);
        Document dom = Jsoup.parse(chromium.dumpDom(site.resolve("index.html")));
        List<String> sources = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source FROM reports WHERE status = 'imported'")) {
            while (rs.next()) {
                sources.add(rs.getString(1));
            }
        }
        assertEquals(4, sources.size());
        List<String> linked = dom.select("#reports .body .r > a").eachAttr("title");
        assertEquals(sources.stream().sorted().toList(), linked.stream().sorted().toList(), "every report, once");
        assertEquals("4 of 4 shown", dom.getElementById("shown").text(), "the script ran");
        JsonNode filtered = check(chromium, "index.html", """
                var flag = doc.getElementById('q-flag');
                flag.value = 'S3_ROW_SUM';
                flag.dispatchEvent(new win.Event('change'));
                out.shown = doc.getElementById('shown').textContent;
                out.rows = Array.prototype.filter.call(doc.querySelectorAll('#reports .body .r'),
                    function (tr) { return !tr.hidden; }).map(function (tr) { return tr.children[9].textContent; });
                var year = doc.querySelector('#reports .head > :nth-child(2)');
                flag.value = ''; flag.dispatchEvent(new win.Event('change'));
                year.click(); year.click();
                out.sortedDescending = doc.querySelector('#reports .head > :nth-child(2)').className;
                """);
        assertEquals("1 of 4 shown", filtered.get("shown").asText());
        assertEquals("r9004-row-sum.txt", filtered.get("rows").get(0).asText());
        assertEquals("desc", filtered.get("sortedDescending").asText());
    }

    @Test
    @Order(11)
    void theRowSumCellIsHighlightedWithItsMessageBesideIt() throws Exception {
        Chromium chromium = Chromium.require(tmp);
        String page = pageOf(ROW_SUM);
        JsonNode r = check(chromium, page, """
                var td = doc.getElementById('c-s3_partial_total');
                var plain = doc.getElementById('c-s3_new_natural');
                out.cls = td.className;
                out.bg = win.getComputedStyle(td).backgroundColor;
                out.plainBg = win.getComputedStyle(plain).backgroundColor;
                out.text = td.textContent;
                var f = doc.getElementById('f-s3_partial_total');
                out.message = f.querySelector('.msg').textContent;
                out.code = f.querySelector('.dx b').textContent;
                var a = td.getBoundingClientRect(), b = f.getBoundingClientRect();
                out.besideIt = b.left > a.right && b.top < win.innerHeight;
                out.rowLabel = f.querySelector('h3 a').textContent;
                """);
        assertTrue(r.get("cls").asText().contains("warning"), r.toString());
        assertEquals("rgb(255, 217, 120)", r.get("bg").asText(), "the WARNING colour (review.css --warning)");
        assertNotEquals(r.get("bg").asText(), r.get("plainBg").asText());
        assertTrue(r.get("text").asText().startsWith("3") && r.get("text").asText().contains("S3_ROW_SUM"),
                r.toString());
        assertEquals("WARNING S3_ROW_SUM", r.get("code").asText());
        assertEquals("row （二）部分公开: 总计 is 3 but the six applicant columns add up to 4", r.get("message").asText());
        assertTrue(r.get("besideIt").asBoolean(), "the flagged cells are beside the table in a wide window: " + r);
        assertEquals("（二）部分公开 × 总计", r.get("rowLabel").asText());
        Document dom = Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
        Element line = dom.selectFirst("#f-s3_partial_total .line");
        assertNotNull(line, "a TXT source shows the source line");
        assertTrue(line.text().startsWith("source line 56:") && line.text().contains("４"), line.text());
        assertEquals("in-broken-sum", dom.getElementById("c-s3_partial_business").classNames().stream()
                .filter(c -> !c.equals("v")).findFirst().orElse(""), "the parts of the broken sum are marked");
    }

    @Test
    @Order(12)
    void aPdfCellsPageImageHasTheBoxWhereTheCellIsPrinted() throws Exception {
        Chromium chromium = Chromium.require(tmp);
        String page = pageOf(PDF);
        for (Map.Entry<String, Box> e : KNOWN_GLYPHS.entrySet()) {
            String code = e.getKey();
            JsonNode r = check(chromium, page, """
                    var img = doc.querySelector('#f-%s figure img');
                    out.loaded = img.complete && img.naturalWidth > 0;
                    out.src = img.getAttribute('src');
                    out.region = img.dataset.region;
                    out.scale = img.dataset.scale;
                    out.page = img.dataset.page;
                    """.formatted(code));
            assertTrue(r.get("loaded").asBoolean(), "the browser shows the image: " + r);
            assertEquals("4", r.get("page").asText());
            Path png = site.resolve("r").resolve(r.get("src").asText()).normalize();
            Box drawn = drawnBox(ImageIO.read(png.toFile()), edges(r.get("region").asText()),
                    Float.parseFloat(r.get("scale").asText()));
            Box glyph = e.getValue();
            assertTrue(drawn.x0() <= glyph.x0() && drawn.y0() <= glyph.y0() && drawn.x1() >= glyph.x1()
                    && drawn.y1() >= glyph.y1(), code + ": the box drawn " + drawn + " holds the printed 0 " + glyph);
            Box expected = importStoredBoxes ? storedBox(code) : glyph;
            float tolerance = PageRenderer.BOX_MARGIN + 3; // the margin, the line's width, rounding to pixels
            assertTrue(Math.abs(drawn.x0() - expected.x0()) <= tolerance && Math.abs(drawn.x1() - expected.x1())
                    <= tolerance && Math.abs(drawn.y0() - expected.y0()) <= tolerance
                    && Math.abs(drawn.y1() - expected.y1()) <= tolerance, code + ": drawn " + drawn + " vs the cell's "
                    + "box " + expected);
            assertTrue(expected.width() < 60 && expected.height() < 40, "a cell's box, not a region: " + expected);
        }
    }

    /** The page region the magenta pixels of {@code img} enclose, in page points. */
    static Box drawnBox(BufferedImage img, Box region, float scale) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == BOX_RGB) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        assertTrue(x1 >= 0, "the box colour is in the image");
        return new Box(region.x0() + x0 / scale, region.y0() + y0 / scale, region.x0() + (x1 + 1) / scale,
                region.y0() + (y1 + 1) / scale);
    }

    /**
     * Runs {@code script} on {@code page} (relative to the site) in the browser, through a page that frames it:
     * {@code doc} and {@code win} are the framed page's document and window, {@code out} the object returned.
     */
    private static JsonNode check(Chromium chromium, String page, String script) throws Exception {
        Path harness = tmp.resolve("check-" + Math.abs(script.hashCode()) + ".html");
        Files.writeString(harness, """
                <!DOCTYPE html><html><body><pre id="result">not run</pre>
                <iframe id="f" src="%s" width="1500" height="1100"></iframe>
                <script>
                document.getElementById('f').addEventListener('load', function () {
                  var doc = this.contentDocument, win = this.contentWindow, out = {};
                  try {
                %s
                  } catch (e) { out.error = String(e); }
                  document.getElementById('result').textContent = JSON.stringify(out);
                });
                </script></body></html>
                """.formatted(site.resolve(page).toUri(), script), StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(chromium.dumpDom(harness));
        JsonNode r = new ObjectMapper().readTree(dom.getElementById("result").text());
        assertFalse(r.has("error"), r.toString());
        return r;
    }

    /** The site page of the report imported from {@code file}. */
    private static String pageOf(String file) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        for (Element a : index.select("#reports .body .r > a")) {
            if (a.attr("title").endsWith(Path.of(file).getFileName().toString())) {
                return a.attr("href");
            }
        }
        throw new AssertionError("no page for " + file);
    }

    private static Box edges(String s) {
        String[] p = s.split(" ");
        return new Box(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3]));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    private static Box storedBox(String code) throws SQLException {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("SELECT box_x0, box_y0, box_x1, box_y1"
                + " FROM cells JOIN reports r ON r.id = report_id WHERE r.format = 'pdf' AND code = ?")) {
            p.setString(1, code);
            ResultSet rs = p.executeQuery();
            if (!rs.next() || rs.getObject(1) == null) {
                return null;
            }
            return new Box(rs.getFloat(1), rs.getFloat(2), rs.getFloat(3), rs.getFloat(4));
        }
    }

    private static void setBox(String code, Box b) throws SQLException {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("UPDATE cells SET box_x0 = ?,"
                + " box_y0 = ?, box_x1 = ?, box_y1 = ? WHERE code = ?"
                + " AND report_id = (SELECT id FROM reports WHERE format = 'pdf')")) {
            p.setFloat(1, b.x0());
            p.setFloat(2, b.y0());
            p.setFloat(3, b.x1());
            p.setFloat(4, b.y1());
            p.setString(5, code);
            assertEquals(1, p.executeUpdate());
        }
    }
}
