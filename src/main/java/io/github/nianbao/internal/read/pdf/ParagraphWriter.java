package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes blocks as report text: table rows (one cell per grid column), and lines of text grouped into headings and
 * paragraphs. Wrapped lines of one paragraph are joined (without a space at CJK boundaries); a paragraph ends at a
 * short line, an indented line, a wide vertical gap or a heading. A heading (标题) is a short numbered line such as
 * {@code 一、总体情况} or {@code （一）主动公开情况}, or a short line in a bold or larger font.
 */
final class ParagraphWriter {

    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+\\s*[、．.]|[（(][一二三四五六七八九十]+[）)]).{0,40}$");
    private static final int MAX_HEADING = 40;

    private final ReportText.Builder builder;
    private final ReadLimits options;
    private final Map<Integer, double[]> bodyBounds = new HashMap<>();
    private final double bodySize;
    private final List<LineBlock> heading = new ArrayList<>();
    private int tables;
    private int cells;

    ParagraphWriter(ReportText.Builder builder, ReadLimits options, List<Block> blocks) {
        this.builder = builder;
        this.options = options;
        this.bodySize = bodySize(blocks);
        for (Block b : blocks) {
            if (b instanceof LineBlock l && l.text().length() >= 10) {
                double[] bounds = bodyBounds.computeIfAbsent(l.page(),
                        k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
                bounds[0] = Math.min(bounds[0], l.line().left());
                bounds[1] = Math.max(bounds[1], l.line().right());
            }
        }
    }

    /** Writes every block. */
    void write(List<Block> blocks) throws ReadFailure {
        List<LineBlock> paragraph = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof TableBlock t) {
                flush(paragraph);
                flushHeading();
                table(t);
                continue;
            }
            LineBlock l = (LineBlock) b;
            if (isHeading(l)) {
                flush(paragraph);
                if (!heading.isEmpty() && !continuesHeading(heading.get(heading.size() - 1), l)) {
                    flushHeading();
                }
                heading.add(l);
                continue;
            }
            flushHeading();
            if (!paragraph.isEmpty() && startsNew(paragraph.get(paragraph.size() - 1), l)) {
                flush(paragraph);
            }
            paragraph.add(l);
        }
        flush(paragraph);
        flushHeading();
    }

    /**
     * Whether {@code cur} is the second line of a heading printed over two lines (a title such as
     * {@code 淮安市人民政府} / {@code 2024年政府信息公开工作年度报告}): same larger or bold font, right below, and not
     * itself numbered.
     */
    private boolean continuesHeading(LineBlock prev, LineBlock cur) {
        double gap = cur.line().baseline() - prev.line().baseline();
        return prev.page() == cur.page() && gap > 0 && gap <= 2.2 * prev.line().size()
                && Math.abs(prev.line().size() - cur.line().size()) <= sizeTolerance(prev)
                && prev.line().size() > bodySize + 1.5
                && !NUMBERED_HEADING.matcher(cur.text()).matches() && !NUMBERED_HEADING.matcher(prev.text()).matches();
    }

    /**
     * How far the font sizes of two lines of one heading may differ: half a point, or an eighth of the size for a
     * line read by OCR (its size is estimated from the characters' heights).
     */
    private static double sizeTolerance(LineBlock l) {
        boolean ocr = !l.line().glyphs().isEmpty() && l.line().glyphs().get(0).ocr() != null;
        return ocr ? Math.max(0.5, l.line().size() / 8) : 0.5;
    }

    private void flushHeading() {
        if (heading.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (LineBlock l : heading) {
            parts.add(l.text());
        }
        builder.heading(TextCleanup.clean(TextAssembler.joinLines(parts)),
                new Location(0, heading.get(0).page(), 0, 0, 0));
        heading.clear();
    }

    private void table(TableBlock t) throws ReadFailure {
        tables++;
        int row = 0;
        for (TableBlock.Row r : t.rows) {
            row++;
            List<TextCell> cells = new ArrayList<>(r.text.length + 1);
            for (int c = 0; c < r.text.length; c++) {
                if (r.isClipped() && r.start[c] != c) {
                    continue; // a row cut by the page's edge counts from the left: a merged cell is one cell
                }
                cells.add(new TextCell(r.text[c], new Location(0, r.page, tables, row, c + 1, r.box(c)), r.ocr(c)));
            }
            if (r.isClipped()) {
                double[] y = r.verticalExtent();
                float x = (float) r.clipEdge;
                cells.add(TextCell.offPage(new Location(0, r.page, tables, row, r.text.length + 1,
                        new Box(x, (float) y[0], x, (float) y[1]))));
            }
            this.cells += cells.size();
            Limits.checkCells(this.cells, options);
            builder.row(cells, new Location(0, r.page, tables, row, 0));
        }
    }

    private void flush(List<LineBlock> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (LineBlock l : paragraph) {
            parts.add(l.text());
        }
        String text = TextCleanup.clean(TextAssembler.joinLines(parts));
        builder.paragraph(text, new Location(0, paragraph.get(0).page(), 0, 0, 0));
        paragraph.clear();
    }

    boolean isHeading(LineBlock l) {
        String t = l.text();
        if (t.length() > MAX_HEADING) {
            return false;
        }
        if (NUMBERED_HEADING.matcher(t).matches() && !t.endsWith("。") && t.length() <= 30 && !fullWidth(l)) {
            return true;
        }
        boolean emphasised = l.line().bold() || l.line().size() > bodySize + 1.5;
        return emphasised && !t.endsWith("。") && !t.endsWith("，");
    }

    /** Whether a line runs to the right edge of the text body (so it wraps on into the next line). */
    private boolean fullWidth(LineBlock l) {
        double[] bounds = bodyBounds.get(l.page());
        return bounds != null && l.line().right() >= bounds[1] - 2 * Math.max(l.line().size(), 1);
    }

    private boolean startsNew(LineBlock prev, LineBlock cur) {
        if (prev.page() == cur.page()) {
            double gap = cur.line().baseline() - prev.line().baseline();
            if (gap > 2.0 * Math.max(prev.line().size(), cur.line().size()) || gap < 0) {
                return true;
            }
        }
        if (Math.abs(prev.line().size() - cur.line().size()) > 1) {
            return true;
        }
        double[] prevBounds = bodyBounds.get(prev.page());
        double[] curBounds = bodyBounds.get(cur.page());
        double em = Math.max(cur.line().size(), 1);
        if (prevBounds != null && prev.line().right() < prevBounds[1] - 2 * em) {
            return true; // the previous line stops short: its paragraph ended
        }
        return curBounds != null && cur.line().left() > curBounds[0] + 1.2 * em;
    }

    /** The most common font size of text lines, weighted by length. */
    private static double bodySize(List<Block> blocks) {
        Map<Long, Integer> weight = new HashMap<>();
        for (Block b : blocks) {
            if (b instanceof LineBlock l) {
                weight.merge(Math.round(l.line().size()), l.text().length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12L);
    }
}
