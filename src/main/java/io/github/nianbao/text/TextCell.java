package io.github.nianbao.text;

import io.github.nianbao.model.Location;
import io.github.nianbao.model.OcrReading;

/**
 * One cell of report text: its text (whitespace-trimmed, never containing tabs or newlines), where it came from in
 * the source document and, for a cell read from a scanned page, how the OCR read it.
 *
 * @param text     the cell's text
 * @param location where it came from
 * @param ocr      how OCR read it, or null when the document had it as text
 */
public record TextCell(String text, Location location, OcrReading ocr) {

    public TextCell {
        text = text == null ? "" : text;
        location = location == null ? Location.UNKNOWN : location;
    }

    /** A cell the document had as text (no OCR). */
    public TextCell(String text, Location location) {
        this(text, location, null);
    }

    /** The same cell at another location. */
    public TextCell withLocation(Location newLocation) {
        return new TextCell(text, newLocation, ocr);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
