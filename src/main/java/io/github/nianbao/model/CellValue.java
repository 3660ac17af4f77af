package io.github.nianbao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One table cell of a report, named by its codebook code.
 *
 * <p>{@code value} is the number the document printed, or {@code null} when the cell could not be read or was not
 * printed at all (a diagnostic then says why). {@code raw} is the token exactly as printed ({@code "—"},
 * {@code "/"}, {@code ""}, {@code "1,234"}, {@code "６"}, {@code "251000元"}), or {@code null} when the document
 * has no such cell.
 *
 * @param code     codebook code, such as {@code s3_new_natural}
 * @param value    the parsed number, or null
 * @param raw      the printed token, or null when nothing was printed
 * @param location where it was printed
 * @param ocr      how OCR read it (confidence, doubt, other readings) when it comes from a scanned page, else null
 */
public record CellValue(String code, BigDecimal value, String raw, Location location, OcrReading ocr) {

    public CellValue {
        Objects.requireNonNull(code, "code");
        location = location == null ? Location.UNKNOWN : location;
    }

    /** A cell read from a text layer or text format (no OCR). */
    public CellValue(String code, BigDecimal value, String raw, Location location) {
        this(code, value, raw, location, null);
    }

    /** A cell the document does not contain. */
    public static CellValue missing(String code) {
        return new CellValue(code, null, null, Location.UNKNOWN);
    }

    /** Whether a number was read. */
    public boolean hasValue() {
        return value != null;
    }

    /** Whether the document printed something for this cell (even if it could not be read as a number). */
    public boolean isPrinted() {
        return raw != null;
    }

    /** The value as a long, or null; throws if the value has a fractional part. */
    public Long longValue() {
        return value == null ? null : value.longValueExact();
    }
}
