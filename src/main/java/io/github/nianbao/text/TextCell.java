package io.github.nianbao.text;

import io.github.nianbao.model.Location;
import io.github.nianbao.model.OcrReading;

/**
 * One cell of report text: its text (whitespace-trimmed, never containing tabs or newlines), where it came from in
 * the source document, and whether it is there at all: a table printed wider than its page loses the columns
 * beyond the page's edge, and the reader marks each row's cell for them {@link Presence#OFF_PAGE} (不在页面上) —
 * which is not an empty cell: an empty cell was printed empty, a cell off the page was not printed.
 *
 * @param text     the text ({@code ""} for an empty cell and for a cell off the page)
 * @param location where the cell is ({@link Location#box()} set by readers that have positions)
 * <p>A cell read from a scanned page also carries how the OCR read it.
 *
 * @param presence whether the cell is in the document
 * @param ocr      how OCR read it, or null when the document had it as text
 */
public record TextCell(String text, Location location, Presence presence, OcrReading ocr) {

    /** Whether a cell is in the document. */
    public enum Presence {
        /** The cell is in the document (its text may be empty). */
        PRESENT,
        /**
         * The table goes on beyond the page's edge: this cell stands for every column of its row that is cut off
         * (how many there were the reader cannot tell; the header printed on the page tells which ones remain).
         */
        OFF_PAGE
    }

    public TextCell {
        text = text == null ? "" : text;
        location = location == null ? Location.UNKNOWN : location;
        presence = presence == null ? Presence.PRESENT : presence;
        if (presence == Presence.OFF_PAGE && !text.isEmpty()) {
            throw new IllegalArgumentException("a cell off the page has no text");
        }
    }

    /** A cell that is in the document, as text (no OCR). */
    public TextCell(String text, Location location) {
        this(text, location, Presence.PRESENT, null);
    }

    /** A cell as text, present or not (no OCR). */
    public TextCell(String text, Location location, Presence presence) {
        this(text, location, presence, null);
    }

    /** A cell read by OCR. */
    public TextCell(String text, Location location, OcrReading ocr) {
        this(text, location, Presence.PRESENT, ocr);
    }

    /** The cell of a row for the columns beyond the page's edge. */
    public static TextCell offPage(Location location) {
        return new TextCell("", location, Presence.OFF_PAGE, null);
    }

    /** The same cell at another location. */
    public TextCell withLocation(Location newLocation) {
        return new TextCell(text, newLocation, presence, ocr);
    }

    /** Whether the cell has no text (an empty cell, or a cell off the page). */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** Whether the cell stands for columns beyond the page's edge. */
    public boolean isOffPage() {
        return presence == Presence.OFF_PAGE;
    }
}
