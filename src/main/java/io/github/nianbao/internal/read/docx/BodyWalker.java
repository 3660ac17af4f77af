package io.github.nianbao.internal.read.docx;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.word.HeadingRules;
import io.github.nianbao.internal.read.word.WordText;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Walks the blocks of a DOCX body (正文) in document order — paragraphs, tables, block content controls and the
 * text boxes anchored in paragraphs — and writes them as report text. One instance per document.
 *
 * <p>Tables become one row per {@code w:tr} on the table's grid (see {@link DocxTable}). A table that is only a
 * frame — no row has more than one cell — is unwrapped: its cells are read as blocks, so a report laid out inside a
 * one-cell table keeps its headings, paragraphs and inner tables. A table nested inside a cell of a real table is
 * emitted as rows of its own right after the row that holds it; the outer cell keeps only its own paragraphs.
 */
final class BodyWalker {

    /** Deepest nesting of tables and text boxes read. */
    private static final int MAX_DEPTH = 32;

    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final ReportText.Builder out;
    private final ReadLimits options;
    private final long deadline;
    private int tables;
    private int cells;
    private int blocks;

    BodyWalker(DocxStyles styles, DocxNumbering numbering, ReportText.Builder out, ReadLimits options,
               long deadline) {
        this.styles = styles;
        this.numbering = numbering;
        this.out = out;
        this.options = options;
        this.deadline = deadline;
    }

    /** Reads every block of {@code container} ({@code w:body}, {@code w:tc}, {@code w:txbxContent} ...). */
    void blocks(Element container, int depth) throws ReadFailure {
        if (depth > MAX_DEPTH) {
            throw new ReadFailure(ReadFailure.Reason.LIMIT_EXCEEDED,
                    "the DOCX file nests tables or text boxes more than " + MAX_DEPTH + " deep");
        }
        for (Element c : Ooxml.children(container)) {
            if ((++blocks & 255) == 0) {
                Limits.checkDeadline(deadline);
            }
            if (Ooxml.isW(c, "p")) {
                paragraph(c, depth);
            } else if (Ooxml.isW(c, "tbl")) {
                table(c, depth);
            } else if (Ooxml.isW(c, "sdt")) {
                Element content = Ooxml.child(c, "sdtContent");
                if (content != null) {
                    blocks(content, depth);
                }
            } else if (Ooxml.isW(c, "customXml") || Ooxml.isW(c, "ins") || Ooxml.isW(c, "moveTo")) {
                blocks(c, depth);
            } else if (Ooxml.isMc(c, "AlternateContent")) {
                Element branch = Ooxml.chosenBranch(c);
                if (branch != null) {
                    blocks(branch, depth);
                }
            }
        }
    }

    private void paragraph(Element p, int depth) throws ReadFailure {
        InlineText inline = InlineText.of(p, styles, numbering);
        for (Element box : inline.textBoxes()) {
            blocks(box, depth + 1);
        }
        String text = inline.text();
        if (text.isEmpty()) {
            return;
        }
        boolean heading = styles.isHeading(Ooxml.child(p, "pPr"))
                || inline.allBold() && HeadingRules.isBoldHeadingText(text);
        if (heading) {
            out.heading(text, null);
        } else {
            out.paragraph(text, null);
        }
    }

    private void table(Element tbl, int depth) throws ReadFailure {
        DocxTable table = DocxTable.of(tbl);
        if (table.isFrame()) {
            List<Element> frameCells = table.allCells();
            cells += frameCells.size();
            Limits.checkCells(cells, options);
            for (Element tc : frameCells) {
                blocks(tc, depth + 1);
            }
            return;
        }
        int tableNo = ++tables;
        List<DocxTable.Row> rows = table.layout(options.maxTableCells() - cells);
        for (int r = 0; r < rows.size(); r++) {
            Limits.checkDeadline(deadline);
            DocxTable.Row row = rows.get(r);
            List<Element> nested = new ArrayList<>();
            List<TextCell> line = new ArrayList<>(row.slots().size());
            for (int col = 0; col < row.slots().size(); col++) {
                Element tc = row.slots().get(col);
                String text = tc == null ? "" : cellText(tc, nested);
                line.add(new TextCell(text, new Location(0, 0, tableNo, r + 1, col + 1)));
            }
            cells += line.size();
            Limits.checkCells(cells, options);
            out.row(line, new Location(0, 0, tableNo, r + 1, 0));
            for (Element inner : nested) {
                table(inner, depth + 1);
            }
        }
    }

    /** The text of one cell; tables nested in it are added to {@code nested} instead. */
    private String cellText(Element tc, List<Element> nested) {
        List<String> pieces = new ArrayList<>();
        collectCellText(tc, pieces, nested, 0);
        return WordText.join(pieces);
    }

    private void collectCellText(Element container, List<String> pieces, List<Element> nested, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element c : Ooxml.children(container)) {
            if (Ooxml.isW(c, "p")) {
                InlineText inline = InlineText.of(c, styles, numbering);
                pieces.add(inline.text());
                for (Element box : inline.textBoxes()) {
                    collectCellText(box, pieces, nested, depth + 1);
                }
            } else if (Ooxml.isW(c, "tbl")) {
                if (nested != null) {
                    nested.add(c);
                }
            } else if (Ooxml.isW(c, "sdt")) {
                Element content = Ooxml.child(c, "sdtContent");
                if (content != null) {
                    collectCellText(content, pieces, nested, depth + 1);
                }
            } else if (Ooxml.isW(c, "customXml") || Ooxml.isW(c, "ins") || Ooxml.isW(c, "moveTo")) {
                collectCellText(c, pieces, nested, depth + 1);
            }
        }
    }
}
