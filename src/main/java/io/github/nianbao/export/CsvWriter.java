package io.github.nianbao.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Writes CSV that Excel, LibreOffice, Stata, R and pandas read alike: RFC 4180 (comma, CRLF rows, fields with
 * comma, quote or line break quoted, quotes doubled), UTF-8 with a byte-order mark so Excel shows Chinese.
 *
 * <p>Text fields that a spreadsheet would run as a formula — starting with {@code = + - @}, tab or carriage return —
 * get a leading apostrophe ({@code '}) (CSV injection). Number fields are written as plain decimals and never
 * changed, so {@code -3} in a numeric column stays a number.
 */
public final class CsvWriter implements Closeable {

    /** U+FEFF, written first by {@link #create(Path)}. */
    public static final char BOM = '\uFEFF';

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer out;
    private boolean rowStarted;

    /** A writer over {@code out}; writes no byte-order mark. */
    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Creates (or replaces) {@code file}, UTF-8 with a byte-order mark. */
    public static CsvWriter create(Path file) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        w.write(BOM);
        return new CsvWriter(w);
    }

    /** Writes a whole row of text fields (a header, say) and ends it. */
    public CsvWriter row(Iterable<String> fields) throws IOException {
        for (String f : fields) {
            text(f);
        }
        return endRow();
    }

    /** A text field: neutralised against formulas, quoted when needed; null is an empty field. */
    public CsvWriter text(String value) throws IOException {
        separate();
        if (value != null) {
            out.write(quote(neutralise(value)));
        }
        return this;
    }

    /** A number field written as printed; null is an empty field. */
    public CsvWriter number(BigDecimal value) throws IOException {
        return number(value == null ? null : value.toPlainString());
    }

    /** A whole number field; null is an empty field. */
    public CsvWriter number(Long value) throws IOException {
        return number(value == null ? null : value.toString());
    }

    /**
     * A field holding a plain decimal ({@code -12}, {@code 844.32}) written unchanged; anything else (which a number
     * column should not hold) is written as {@linkplain #text(String) text}, so it is neutralised too.
     */
    public CsvWriter number(String decimal) throws IOException {
        if (decimal == null || decimal.isEmpty()) {
            separate();
            return this;
        }
        if (!NUMBER.matcher(decimal).matches()) {
            return text(decimal);
        }
        separate();
        out.write(decimal);
        return this;
    }

    /** Ends the current row (CRLF). */
    public CsvWriter endRow() throws IOException {
        out.write("\r\n");
        rowStarted = false;
        return this;
    }

    /** A text value as a spreadsheet will show it: an apostrophe before a leading {@code = + - @}, tab or CR. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /** RFC 4180 quoting: quotes a field holding a comma, quote, CR or LF, doubling the quotes. */
    public static String quote(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void separate() throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
