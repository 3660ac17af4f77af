package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.List;

/** The OCR reading of a table cell from the readings of the words it holds. */
final class OcrCells {

    private OcrCells() {
    }

    /**
     * The reading of a cell holding {@code glyphs}: the one word's reading, or for several words the lowest
     * confidence (doubtful when any word is), or {@link OcrReading#BLANK} for an empty cell; null when the glyphs
     * come from a text layer.
     */
    static OcrReading reading(List<Glyph> glyphs) {
        OcrReading out = OcrReading.BLANK;
        int words = 0;
        for (Glyph g : glyphs) {
            if (g.ocr() == null) {
                if (!g.isSpace()) {
                    return null;
                }
                continue;
            }
            words++;
            out = words == 1 ? g.ocr() : join(out, g.ocr());
        }
        return out;
    }

    /** Per column, {@link #reading} of its glyphs; null when no column holds an OCR word. */
    static OcrReading[] readings(List<List<Glyph>> columns) {
        OcrReading[] out = new OcrReading[columns.size()];
        boolean any = false;
        for (int c = 0; c < out.length; c++) {
            out[c] = reading(columns.get(c));
            any |= columns.get(c).stream().anyMatch(g -> g.ocr() != null);
        }
        return any ? out : null;
    }

    /** Two readings of one cell's parts: the lower confidence, doubtful if either is, no alternatives. */
    static OcrReading join(OcrReading a, OcrReading b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new OcrReading(Math.min(a.confidence(), b.confidence()), a.doubtful() || b.doubtful(),
                new ArrayList<>());
    }

    /** After cell {@code c} of {@code from} was joined into the same cell of {@code target}, joins the readings. */
    static void joinInto(TableBlock.Row target, TableBlock.Row from, int c) {
        if (target.ocr != null) {
            target.ocr[c] = join(target.ocr[c], from.ocr(c));
        }
    }
}
