package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.OcrFailure;
import io.github.nianbao.internal.read.ocr.Tesseract;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ocr.OcrSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Decides which pages of a PDF are read by OCR ({@link OcrSettings.Mode}) and reads them ({@link ScanPage}): each page is
 * rendered by PDFBox at {@link #DPI} dpi (less for pages so large that the image would pass {@link #MAX_PIXELS}).
 * A page over its time limit or one Tesseract fails on is left out with an ERROR; the document's own time limit
 * still ends the whole read with {@code TIMEOUT}.
 */
final class ScanReader {

    /** Rendering resolution for OCR. */
    static final double DPI = 300;
    /** Largest page image rendered (an A4 page at 300 dpi has 8.7 million pixels). */
    static final double MAX_PIXELS = 9.5e6;
    /** How to get OCR, for messages. */
    static final String HOW_TO_ENABLE = "to read scanned pages, install Tesseract with its Chinese data (Debian/Ubuntu: "
            + "apt-get install tesseract-ocr tesseract-ocr-chi-sim) or give its path (ParseOptions.withOcrProgram, "
            + "on the command line --tesseract)";

    private ScanReader() {
    }

    /**
     * What OCR did for a document.
     *
     * @param pages       the pages, those read by OCR replaced
     * @param diagnostics what happened (pages read, left out, OCR unavailable)
     * @param unavailable why OCR could not run although pages needed it, or null
     * @param ocrPages    how many pages were read by OCR
     */
    record Outcome(List<PageContent> pages, List<Diagnostic> diagnostics, String unavailable, int ocrPages) {
    }

    static Outcome read(PDDocument doc, List<PageContent> pages, OcrSettings options, long deadline)
            throws ReadFailure {
        List<Integer> targets = targets(pages, options.mode());
        if (targets.isEmpty()) {
            return new Outcome(pages, List.of(), null, 0);
        }
        String problem = Tesseract.problem(options.program());
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!problem.isEmpty()) {
            if (targets.size() < pages.size() || options.mode() == OcrSettings.Mode.ALWAYS) {
                diagnostics.add(Diagnostic.warning(DiagnosticCode.OCR_UNAVAILABLE, targets.size() + " page(s) need OCR but "
                        + problem + "; " + HOW_TO_ENABLE, Location.UNKNOWN, null));
            }
            return new Outcome(pages, diagnostics, problem, 0);
        }
        Tesseract tesseract = new Tesseract(options.program());
        PDFRenderer renderer = new PDFRenderer(doc);
        List<PageContent> out = new ArrayList<>(pages);
        List<Integer> read = new ArrayList<>();
        // one page's text is read while the page before has its numbers read again
        Pending before = null;
        Pending now = null;
        try {
            for (int index : targets) {
                Limits.checkDeadline(deadline);
                now = start(renderer, pages.get(index), index, tesseract, options, deadline, diagnostics);
                if (before != null) {
                    finish(before, out, read, diagnostics, options, deadline);
                }
                before = now;
                now = null;
            }
            if (before != null) {
                finish(before, out, read, diagnostics, options, deadline);
            }
        } finally { // a document over its time limit: no Tesseract may go on running
            close(before);
            close(now);
        }
        return new Outcome(out, diagnostics, null, read.size());
    }

    /** A page whose OCR has started (null {@code started} when it could not start: a diagnostic says why). */
    private record Pending(int index, PageContent page, double dpi, ScanPage.Started started) {
    }

    private static Pending start(PDFRenderer renderer, PageContent page, int index, Tesseract tesseract,
                                 OcrSettings options, long deadline, List<Diagnostic> diagnostics)
            throws ReadFailure {
        long pageDeadline = Math.min(deadline, System.nanoTime() + options.pageTimeoutNanos());
        double dpi = dpi(page);
        try {
            BufferedImage image = renderer.renderImageWithDPI(index, (float) dpi, ImageType.GRAY);
            return new Pending(index, page, dpi, ScanPage.start(GrayImage.of(image), page.number(), page.width(),
                    page.height(), dpi, tesseract, pageDeadline));
        } catch (OcrFailure e) {
            Limits.checkDeadline(deadline);
            diagnostics.add(failure(e, page.number(), options));
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.OCR_FAILED, "page " + page.number()
                    + " could not be rendered for OCR: " + e.getMessage(), new Location(0, page.number(), 0, 0, 0),
                    null));
        }
        return new Pending(index, page, dpi, null);
    }

    private static void close(Pending p) {
        if (p != null && p.started() != null) {
            p.started().close();
        }
    }

    private static void finish(Pending p, List<PageContent> out, List<Integer> read, List<Diagnostic> diagnostics,
                               OcrSettings options, long deadline) throws ReadFailure {
        if (p.started() == null) {
            return;
        }
        try (ScanPage.Started s = p.started()) {
            PageContent scanned = s.finish();
            out.set(p.index(), scanned);
            read.add(p.page().number());
            diagnostics.add(pageRead(scanned, p.dpi()));
        } catch (OcrFailure e) {
            Limits.checkDeadline(deadline);
            diagnostics.add(failure(e, p.page().number(), options));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.OCR_FAILED, "page " + p.page().number()
                    + " could not be read by OCR: " + e.getMessage(), new Location(0, p.page().number(), 0, 0, 0),
                    null));
        }
    }

    /** The INFO saying how a page was read: resolution, skew, how sure the recogniser was. */
    private static Diagnostic pageRead(PageContent page, double dpi) {
        double sum = 0;
        int n = 0;
        for (Glyph g : page.glyphs()) {
            if (g.ocr() != null) {
                sum += g.ocr().confidence();
                n++;
            }
        }
        String conf = n == 0 ? "no text found" : "mean confidence " + Math.round(100 * sum / n) + "%";
        return Diagnostic.info(DiagnosticCode.OCR_PAGE, String.format(java.util.Locale.ROOT,
                "page %d read by OCR (Tesseract, %s, %.0f dpi, straightened by %.2f°, %s)", page.number(),
                Tesseract.CHINESE, dpi, page.scan().degrees(), conf), new Location(0, page.number(), 0, 0, 0), null);
    }

    /** Indexes of the pages to read by OCR. */
    static List<Integer> targets(List<PageContent> pages, OcrSettings.Mode mode) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageContent p = pages.get(i);
            if (mode == OcrSettings.Mode.ALWAYS || mode == OcrSettings.Mode.AUTO && p.images() > 0 && !hasText(p)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean hasText(PageContent page) {
        for (Glyph g : page.glyphs()) {
            if (!g.isSpace()) {
                return true;
            }
        }
        return false;
    }

    /** {@link #DPI}, or less for a page whose image would have more than {@link #MAX_PIXELS} pixels. */
    static double dpi(PageContent page) {
        double inches = Math.max(1, page.width() / 72) * Math.max(1, page.height() / 72);
        return Math.min(DPI, Math.floor(Math.sqrt(MAX_PIXELS / inches)));
    }

    private static Diagnostic failure(OcrFailure e, int page, OcrSettings options) {
        Location at = new Location(0, page, 0, 0, 0);
        if (e.kind() == OcrFailure.Kind.TIMEOUT) {
            return Diagnostic.error(DiagnosticCode.OCR_TIMEOUT, "page " + page + ": OCR took longer than the limit of "
                    + (options.pageTimeoutNanos() / 1_000_000_000L) + " s per page (ocrPageTimeout); the page is left out", at,
                    null);
        }
        return Diagnostic.error(DiagnosticCode.OCR_FAILED, "page " + page + ": " + e.getMessage() + "; the page is left out", at,
                null);
    }
}
