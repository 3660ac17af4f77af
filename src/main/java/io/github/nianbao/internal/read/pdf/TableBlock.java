package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.columns.Column;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as rows of cell texts, one per grid column (text on a merged cell's top-left position, empty text where
 * it continues), possibly stitched from pieces on several pages.
 */
final class TableBlock implements Block {

    /** One grid row. */
    static final class Row {
        final String[] text;
        /** Row index (within this table) of the merged cell that covers each column. */
        final int[] owner;
        /** How many grid rows the merged cell starting in each column spans (1 where the cell does not start). */
        final int[] span;
        /** Column index of the merged cell's left edge, for each column (shows the colspan pattern). */
        final int[] start;
        final int page;
        /** Where each cell is on its page (a merged cell's origin: the whole merged cell), or null. */
        final Box[] boxes;
        /** For a row of a scanned page, how OCR read each cell (null entries where a cell continues); else null. */
        final OcrReading[] ocr;
        /** x of the page's edge that cuts the row off (the row goes on beyond it), or NaN. */
        final double clipEdge;

        Row(String[] text, int[] owner, int[] span, int[] start, int page) {
            this(text, owner, span, start, page, null, null, Double.NaN);
        }

        Row(String[] text, int[] owner, int[] span, int[] start, int page, Box[] boxes, double clipEdge) {
            this(text, owner, span, start, page, null, boxes, clipEdge);
        }

        Row(String[] text, int[] owner, int[] span, int[] start, int page, OcrReading[] ocr, Box[] boxes) {
            this(text, owner, span, start, page, ocr, boxes, Double.NaN);
        }

        Row(String[] text, int[] owner, int[] span, int[] start, int page, OcrReading[] ocr, Box[] boxes,
            double clipEdge) {
            this.text = text;
            this.owner = owner;
            this.span = span;
            this.start = start;
            this.page = page;
            this.boxes = boxes;
            this.ocr = ocr;
            this.clipEdge = clipEdge;
        }

        /** Whether the page's edge cuts the row off. */
        boolean isClipped() {
            return !Double.isNaN(clipEdge);
        }

        /** Top and bottom of the row's cells. */
        double[] verticalExtent() {
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (Box b : boxes == null ? new Box[0] : boxes) {
                if (b != null) {
                    top = Math.min(top, b.y0());
                    bottom = Math.max(bottom, b.y1());
                }
            }
            return top <= bottom ? new double[] {top, bottom} : new double[] {0, 0};
        }

        /** How OCR read cell {@code c}, or null. */
        OcrReading ocr(int c) {
            return ocr == null ? null : ocr[c];
        }

        /** The box of cell {@code c} on the page, or null. */
        Box box(int c) {
            return boxes == null ? null : boxes[c];
        }

        boolean isBlank() {
            for (String t : text) {
                if (!t.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    final List<Row> rows = new ArrayList<>();
    final double[] columnEdges;
    /** Whether the table is drawn with rule lines (else it was recognised from text positions). */
    final boolean ruled;
    /** An unruled table's columns (empty for a ruled one): what its rest on the next page lines up with. */
    List<Column> columns = List.of();
    final int firstPage;
    final double top;
    double bottom;

    TableBlock(double[] columnEdges, int firstPage, double top, double bottom, boolean ruled) {
        this.ruled = ruled;
        this.columnEdges = columnEdges;
        this.firstPage = firstPage;
        this.top = top;
        this.bottom = bottom;
    }

    @Override
    public int page() {
        return firstPage;
    }

    @Override
    public double top() {
        return top;
    }

    /** The page the table's last row is on. */
    int lastPage() {
        return rows.isEmpty() ? firstPage : rows.get(rows.size() - 1).page;
    }

    int columns() {
        return columnEdges.length - 1;
    }

    /** Whether the table was read from a scanned page (its cells carry OCR readings). */
    boolean isScanned() {
        return !rows.isEmpty() && rows.get(0).ocr != null;
    }

    /** This table with its column edges moved by {@code dx} (its rows, and their page boxes, as they are). */
    TableBlock shifted(double dx) {
        double[] edges = columnEdges.clone();
        for (int i = 0; i < edges.length; i++) {
            edges[i] += dx;
        }
        TableBlock t = new TableBlock(edges, firstPage, top, bottom, ruled);
        t.rows.addAll(rows);
        t.columns = columns;
        return t;
    }

    /**
     * Fills a table from a grid and the glyphs inside it (each glyph goes to the cell holding its centre); on a
     * scanned page ({@code scan} not null) each cell also gets its OCR reading and its box from the scan.
     *
     * @param clipEdge  x of the page's edge when the grid reaches it (the table goes on beyond the page), or NaN
     * @param cutGlyphs whether the page's edge cuts through text in the grid's last column: what that column holds
     *                  is not all on the page, so it goes with the columns beyond the edge
     */
    static TableBlock fromGrid(TableGrid grid, List<Glyph> glyphs, int page, double clipEdge, boolean cutGlyphs,
                               ScanGeometry scan) {
        int cols = grid.columns();
        int rows = grid.rows();
        List<List<Glyph>> byCell = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows * cols; i++) {
            byCell.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            byCell.get(grid.cellAt(g.centerX(), g.centerY())).add(g);
        }
        TableBlock t = new TableBlock(grid.columnEdges(), page, grid.top(), grid.bottom(), true);
        for (int r = 0; r < rows; r++) {
            String[] text = new String[cols];
            int[] owner = new int[cols];
            int[] span = new int[cols];
            int[] start = new int[cols];
            Box[] boxes = new Box[cols];
            OcrReading[] ocr = scan == null ? null : new OcrReading[cols];
            for (int c = 0; c < cols; c++) {
                int cell = grid.cellOf(r, c);
                owner[c] = cell / cols;
                start[c] = cell % cols;
                boolean origin = grid.isOrigin(r, c);
                text[c] = origin ? TextCleanup.clean(TextAssembler.cellText(byCell.get(cell))) : "";
                span[c] = origin ? grid.lastRowOf(r, c) - r + 1 : 1;
                if (scan != null) {
                    ocr[c] = origin ? OcrCells.reading(byCell.get(cell)) : null;
                    boxes[c] = origin ? grid.cellBox(r, c, scan) : null;
                } else {
                    boxes[c] = origin ? grid.cellBox(r, c) : grid.slotBox(r, c);
                }
            }
            t.rows.add(new Row(text, owner, span, start, page, ocr, boxes, clipEdge));
        }
        t.dropBlankRows();
        return cutGlyphs ? t.withoutLastColumn() : t;
    }

    /** This table without its last column; each row is cut off where that column started. */
    private TableBlock withoutLastColumn() {
        int cols = columns() - 1;
        TableBlock t = new TableBlock(java.util.Arrays.copyOf(columnEdges, cols + 1), firstPage, top, bottom, ruled);
        for (Row r : rows) {
            t.rows.add(new Row(java.util.Arrays.copyOf(r.text, cols), java.util.Arrays.copyOf(r.owner, cols),
                    java.util.Arrays.copyOf(r.span, cols), java.util.Arrays.copyOf(r.start, cols), r.page,
                    r.ocr == null ? null : java.util.Arrays.copyOf(r.ocr, cols),
                    r.boxes == null ? null : java.util.Arrays.copyOf(r.boxes, cols), columnEdges[cols]));
        }
        t.dropBlankRows();
        return t;
    }

    /**
     * This table on a finer grid whose edges include all of this table's edges (within {@code tolerance}): each
     * cell moves to the first of the finer columns it covers and spans the rest.
     */
    TableBlock regrid(double[] edges, double tolerance) {
        int oldCols = columns();
        int[] map = new int[oldCols + 1];
        for (int i = 0; i <= oldCols; i++) {
            map[i] = nearest(edges, columnEdges[i], tolerance);
        }
        int cols = edges.length - 1;
        TableBlock t = new TableBlock(edges.clone(), firstPage, top, bottom, ruled);
        for (Row r : rows) {
            String[] text = new String[cols];
            int[] owner = new int[cols];
            int[] span = new int[cols];
            int[] start = new int[cols];
            OcrReading[] ocr = r.ocr == null ? null : new OcrReading[cols];
            Box[] boxes = r.boxes == null ? null : new Box[cols];
            java.util.Arrays.fill(text, "");
            for (int c = 0; c < oldCols; c++) {
                Box old = r.boxes == null ? null : r.boxes[c];
                for (int k = map[c]; k < map[c + 1]; k++) {
                    owner[k] = r.owner[c];
                    start[k] = map[r.start[c]];
                    span[k] = k == map[c] ? r.span[c] : 1;
                    if (boxes != null) {
                        boxes[k] = k == map[c] || old == null ? old
                                : new Box((float) edges[k], old.y0(), (float) edges[k + 1], old.y1());
                    }
                }
                text[map[c]] = r.text[c];
                if (ocr != null) {
                    ocr[map[c]] = r.ocr[c];
                }
                if (boxes != null) {
                    boxes[map[c]] = r.boxes[c];
                }
            }
            t.rows.add(new Row(text, owner, span, start, r.page, ocr, boxes, r.clipEdge));
        }
        return t;
    }

    /** Index of the edge within {@code tolerance} of {@code value}, or -1. */
    static int nearest(double[] edges, double value, double tolerance) {
        for (int i = 0; i < edges.length; i++) {
            if (Math.abs(edges[i] - value) <= tolerance) {
                return i;
            }
        }
        return -1;
    }

    /** Removes rows without any text (spacer rows, lines drawn twice), keeping owner indices right. */
    void dropBlankRows() {
        List<Row> kept = new ArrayList<>();
        int[] newIndex = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            newIndex[i] = kept.size();
            if (!rows.get(i).isBlank()) {
                kept.add(rows.get(i));
            }
        }
        for (Row r : kept) {
            for (int c = 0; c < r.owner.length; c++) {
                r.owner[c] = Math.min(newIndex[r.owner[c]], kept.size() - 1);
            }
        }
        rows.clear();
        rows.addAll(kept);
    }
}
