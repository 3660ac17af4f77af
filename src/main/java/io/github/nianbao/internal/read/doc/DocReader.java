package io.github.nianbao.internal.read.doc;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.ReportReader;
import io.github.nianbao.internal.read.word.HeadingRules;
import io.github.nianbao.internal.read.word.WordText;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads Word 97-2003 files (DOC) with Apache POI (HWPF): paragraphs and tables of the main text in order, headings
 * by style name, outline level (大纲级别) or all-bold short paragraphs, tables on a grid derived from the cell
 * edges (see {@link DocTable}; vertically and horizontally merged continuation cells are empty). A table nested in
 * a cell is flattened into that cell's text. Text in text boxes (文本框) is read first, before the main text, since
 * a DOC does not say where a text box sits in the flow (a title in a text box is the usual case). Stateless and
 * thread-safe.
 */
public final class DocReader implements ReportReader {

    @Override
    public Format format() {
        return Format.DOC;
    }

    @Override
    public ReportText read(byte[] data, ReadLimits options, long deadline) throws ReadFailure {
        try (HWPFDocument doc = open(data)) {
            ReportText.Builder out = ReportText.builder(Format.DOC);
            out.info(new DocumentInfo(title(doc), null, null, null, 0));
            Walk walk = new Walk(doc, out, options, deadline);
            Range boxes = textBoxes(doc, out);
            if (boxes != null) {
                walk.range(boxes);
            }
            walk.range(doc.getRange());
            return out.build();
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(Reason.CORRUPT, "the DOC file is damaged: " + describe(e), e);
        }
    }

    private static HWPFDocument open(byte[] data) throws ReadFailure {
        try {
            return new HWPFDocument(new ByteArrayInputStream(data));
        } catch (EncryptedDocumentException e) {
            throw new ReadFailure(Reason.ENCRYPTED, "the DOC file is password-protected", e);
        } catch (OldFileFormatException e) {
            throw new ReadFailure(Reason.UNSUPPORTED_FORMAT,
                    "a Word 6.0/95 document, too old to read (save it as DOCX or PDF)", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(Reason.CORRUPT, "the DOC file is damaged or not a Word document: "
                    + describe(e), e);
        }
    }

    private static Range textBoxes(HWPFDocument doc, ReportText.Builder out) {
        try {
            Range r = doc.getMainTextboxRange();
            return r != null && r.numParagraphs() > 0 && !r.text().isBlank() ? r : null;
        } catch (RuntimeException e) {
            out.diagnostic(Diagnostic.warning(DiagnosticCode.DOC_TEXTBOX_UNREADABLE,
                    "the text boxes of the DOC file could not be"
                    + " read (" + describe(e) + "); only the main text was read", Location.UNKNOWN, null));
            return null;
        }
    }

    private static String title(HWPFDocument doc) {
        SummaryInformation si = doc.getSummaryInformation();
        String t = si == null ? null : si.getTitle();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }

    /** The state of one read: the output, counters and limits. */
    private static final class Walk {
        private final StyleSheet styles;
        private final DocNumbering numbering = new DocNumbering();
        private final ReportText.Builder out;
        private final ReadLimits options;
        private final long deadline;
        private int tables;
        private int cells;

        Walk(HWPFDocument doc, ReportText.Builder out, ReadLimits options, long deadline) {
            this.styles = doc.getStyleSheet();
            this.out = out;
            this.options = options;
            this.deadline = deadline;
        }

        void range(Range range) throws ReadFailure {
            int n = range.numParagraphs();
            int i = 0;
            while (i < n) {
                if ((i & 255) == 0) {
                    Limits.checkDeadline(deadline);
                }
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    i += table(range, p);
                } else {
                    paragraph(p);
                    i++;
                }
            }
        }

        /** Emits the table starting at {@code first}; returns how many paragraphs it spans (at least 1). */
        private int table(Range range, Paragraph first) throws ReadFailure {
            Table t;
            try {
                t = range.getTable(first);
            } catch (RuntimeException e) {
                out.diagnostic(Diagnostic.warning(DiagnosticCode.DOC_TABLE_UNREADABLE,
                        "a table of the DOC file could not be"
                        + " read as a table (" + describe(e) + "); its text is kept as a paragraph",
                        Location.UNKNOWN, null));
                paragraph(first);
                return 1;
            }
            int tableNo = ++tables;
            List<List<DocTable.Cell>> rows = new ArrayList<>(t.numRows());
            int stored = 0;
            for (int r = 0; r < t.numRows(); r++) {
                Limits.checkDeadline(deadline);
                rows.add(row(t.getRow(r)));
                stored += rows.get(r).size();
                Limits.checkCells(cells + stored, options);
            }
            List<List<String>> grid = DocTable.layout(rows, options.maxTableCells() - cells);
            cells += grid.size() * (grid.isEmpty() ? 0 : grid.get(0).size());
            Limits.checkCells(cells, options);
            for (int r = 0; r < grid.size(); r++) {
                List<String> texts = grid.get(r);
                List<TextCell> line = new ArrayList<>(texts.size());
                for (int c = 0; c < texts.size(); c++) {
                    line.add(new TextCell(texts.get(c), new Location(0, 0, tableNo, r + 1, c + 1)));
                }
                out.row(line, new Location(0, 0, tableNo, r + 1, 0));
            }
            return Math.max(1, t.numParagraphs());
        }

        private List<DocTable.Cell> row(TableRow row) {
            List<DocTable.Cell> out = new ArrayList<>(row.numCells());
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                String text = continuation ? "" : cellText(cell);
                out.add(new DocTable.Cell(cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth(), text));
            }
            return out;
        }

        /** A cell's paragraphs (with their list numbers), joined; a table nested in the cell is flattened into it. */
        private String cellText(TableCell cell) {
            List<String> pieces = new ArrayList<>(cell.numParagraphs());
            for (int k = 0; k < cell.numParagraphs(); k++) {
                Paragraph p = cell.getParagraph(k);
                pieces.add(numbering.apply(p, WordText.join(DocText.pieces(p.text()))));
            }
            return WordText.join(pieces);
        }

        private void paragraph(Paragraph p) {
            String body = WordText.join(DocText.pieces(p.text()));
            String text = numbering.apply(p, body);
            if (text.isEmpty()) {
                return;
            }
            if (isHeading(p) || !body.isEmpty() && allBold(p) && HeadingRules.isBoldHeadingText(text)) {
                out.heading(text, null);
            } else {
                out.paragraph(text, null);
            }
        }

        private boolean isHeading(Paragraph p) {
            int level = p.getLvl();
            if (HeadingRules.isHeadingOutlineLevel(level)) {
                return true;
            }
            StyleDescription sd = styles == null ? null : styles.getStyleDescription(p.getStyleIndex());
            return sd != null && HeadingRules.isHeadingStyleName(sd.getName());
        }

        private static boolean allBold(Paragraph p) {
            boolean any = false;
            for (int k = 0; k < p.numCharacterRuns(); k++) {
                CharacterRun run = p.getCharacterRun(k);
                if (WordText.clean(String.join("", DocText.pieces(run.text()))).isEmpty()) {
                    continue;
                }
                if (!run.isBold()) {
                    return false;
                }
                any = true;
            }
            return any;
        }
    }
}
