package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import io.github.nianbao.model.OcrReading;

/**
 * One cell of a table row as the parser sees it: the printed text, its normalised label form, when it is a
 * number, zero mark or blank, its value, and for a cell of a scanned page how OCR read it (else null).
 */
record Tok(String text, Location location, ValueToken value, String norm, OcrReading ocr) {

    static Tok of(String text, Location location) {
        return of(text, location, null);
    }

    static Tok of(String text, Location location, OcrReading ocr) {
        ValueToken v = ValueToken.parse(text);
        return new Tok(text, location, v, v.kind() == ValueToken.Kind.TEXT ? Normalizer.label(text) : "", ocr);
    }

    /** The token of a cell beyond the page's edge (the table was printed wider than its page). */
    static Tok offPage(Location location) {
        return new Tok("", location, ValueToken.offPage(), "", null);
    }

    boolean isOffPage() {
        return value.isOffPage();
    }

    boolean isValue() {
        return value.isValue();
    }

    boolean isBlank() {
        return value.isBlank();
    }

    boolean isLabel() {
        return value.kind() == ValueToken.Kind.TEXT;
    }
}
