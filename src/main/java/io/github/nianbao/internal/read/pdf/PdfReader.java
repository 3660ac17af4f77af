package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.ReportReader;
import io.github.nianbao.internal.read.ocr.OcrSettings;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF (便携式文档) reports into {@link ReportText}: one content-stream pass per page collects glyphs and table
 * lines; ruled tables become rows of cells (glyphs assigned by their centre points), unruled ones are recognised
 * from text positions; tables continued over page breaks are stitched; page numbers and running headers are
 * dropped; the rest becomes headings and paragraphs. Stateless and thread-safe.
 *
 * <p>Needs no system fonts for text extraction: unless the application has set its own PDFBox font mapper, a mapper
 * that never scans installed fonts is installed for the JVM ({@link BundledFontMapper}). Image-only (scanned) PDFs give a {@code NO_TEXT_LAYER} error
 * diagnostic; fonts without usable ToUnicode maps give a {@code BROKEN_TOUNICODE} warning.
 */
public final class PdfReader implements ReportReader {

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public ReportText read(byte[] data, ReadLimits options, long deadline) throws ReadFailure {
        BundledFontMapper.install();
        try (PDDocument doc = load(data, options)) {
            Limits.checkPages(doc.getNumberOfPages(), options);
            List<PageContent> pages = new PageCollector(deadline).collect(doc);
            ScanReader.Outcome scan = ScanReader.read(doc, pages, options.ocr(), deadline);
            return build(scan, info(doc), options, deadline);
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(Reason.CORRUPT, "the PDF file is damaged and cannot be read: " + message(e), e);
        }
    }

    private static PDDocument load(byte[] data, ReadLimits options) throws ReadFailure {
        try {
            // an empty user password opens files that are encrypted only to restrict printing or copying
            return Loader.loadPDF(new RandomAccessReadBuffer(data), "",
                    MemoryUsageSetting.setupMainMemoryOnly(Math.max(options.maxBytes() * 4, 16L << 20)).streamCache);
        } catch (InvalidPasswordException e) {
            throw new ReadFailure(Reason.ENCRYPTED, "the PDF file is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(Reason.CORRUPT, "the PDF file is damaged and cannot be read: " + message(e), e);
        }
    }

    static ReportText build(List<PageContent> pages, DocumentInfo info, ReadLimits options, long deadline)
            throws ReadFailure {
        return build(new ScanReader.Outcome(pages, List.of(), null, 0), info, options, deadline);
    }

    private static ReportText build(ScanReader.Outcome scan, DocumentInfo info, ReadLimits options,
                                    long deadline) throws ReadFailure {
        List<PageContent> pages = scan.pages();
        ReportText.Builder b = ReportText.builder(Format.PDF).info(info);
        scan.diagnostics().forEach(b::diagnostic);
        List<List<Block>> pageBlocks = new ArrayList<>();
        int glyphs = 0;
        int images = 0;
        for (PageContent page : pages) {
            Limits.checkDeadline(deadline);
            pageBlocks.add(PageLayout.blocks(page));
            glyphs += (int) page.glyphs().stream().filter(g -> !g.isSpace()).count();
            images += page.images();
        }
        if (glyphs == 0) {
            b.diagnostic(Diagnostic.error(DiagnosticCode.NO_TEXT_LAYER,
                    noTextMessage(scan, options.ocr(), pages.size(), images), Location.UNKNOWN, null));
            return b.build();
        }
        PageFurniture.strip(pageBlocks, pages);
        BorderlessTables.extract(pageBlocks, pages);
        new ParagraphWriter(b, options, flatten(pageBlocks))
                .write(PageStitcher.stitch(pageBlocks));
        int broken = 0;
        ReportText text = b.build();
        java.util.Set<Integer> scanned = new java.util.HashSet<>();
        for (PageContent p : pages) {
            if (p.scan() != null) {
                scanned.add(p.number());
            }
        }
        for (TextLine l : text.lines()) {
            if (!scanned.contains(l.location().page())) { // OCR marks unreadable ink itself; no font is broken
                broken += TextCleanup.countBroken(l.text());
            }
        }
        if (broken > 0) {
            b.diagnostic(Diagnostic.warning(DiagnosticCode.BROKEN_TOUNICODE,
                    broken + " character(s) could not be decoded "
                    + "(U+FFFD or private-use code points): a font has no usable ToUnicode map, so some text is "
                    + "missing or wrong", Location.UNKNOWN, null));
        }
        return b.build();
    }

    private static String noTextMessage(ScanReader.Outcome scan, OcrSettings ocr, int pages, int images) {
        String what = pages + " page(s), " + images + " image(s), no text";
        if (scan.ocrPages() > 0) {
            return "no text layer, and OCR found no text either: " + what;
        }
        if (images == 0) {
            return "no text layer and no image: " + what;
        }
        if (scan.unavailable() != null) {
            return "no text layer (image-only PDF, needs OCR): " + what + "; OCR is not available: "
                    + scan.unavailable() + "; " + ScanReader.HOW_TO_ENABLE;
        }
        if (ocr.mode() == OcrSettings.Mode.NEVER) {
            return "no text layer (image-only PDF, needs OCR): " + what + "; OCR is off (OcrMode.NEVER; use AUTO "
                    + "or ALWAYS, on the command line --ocr auto)";
        }
        return "no text layer (image-only PDF, needs OCR): " + what + "; OCR could not read it (see the OCR "
                + "diagnostics)";
    }

    private static List<Block> flatten(List<List<Block>> pages) {
        List<Block> all = new ArrayList<>();
        pages.forEach(all::addAll);
        return all;
    }

    private static DocumentInfo info(PDDocument doc) {
        PDDocumentInformation i = doc.getDocumentInformation();
        String title = i == null ? null : blankToNull(i.getTitle());
        return new DocumentInfo(title, null, null, null, doc.getNumberOfPages());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
