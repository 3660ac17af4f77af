package io.github.nianbao.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite tables of a bulk import.
 *
 * <ul>
 * <li>{@code reports}: one row per document (imported or failed), keyed by content {@code sha256};
 * <li>{@code cells}: long form, one row per codebook cell of an imported report ({@code value} NUMERIC for queries,
 *     {@code value_text} the exact decimal, {@code raw} the token as printed, and where it was printed);
 * <li>{@code diagnostics}: one row per diagnostic;
 * <li>{@code codebook}: the codebook this version of nianbao uses;
 * <li>{@code wide}: one row per imported report, one NUMERIC column per codebook code, written in the same
 *     transaction as the report.
 * </ul>
 */
final class StoreSchema {

    /** Fixed columns of {@code wide}, before the codebook codes. */
    static final List<String> WIDE_FIXED = List.of("report_id", "source", "sha256", "format", "template", "agency",
            "year", "title");

    static final String REPORTS = """
            CREATE TABLE IF NOT EXISTS reports (
              id INTEGER PRIMARY KEY,
              source TEXT NOT NULL,
              sha256 TEXT UNIQUE,
              size_bytes INTEGER,
              format TEXT,
              template TEXT,
              agency TEXT,
              year INTEGER,
              title TEXT,
              publisher TEXT,
              publish_date TEXT,
              index_number TEXT,
              status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
              error TEXT,
              reason TEXT,
              parse_ms INTEGER,
              n_errors INTEGER,
              n_warnings INTEGER,
              n_infos INTEGER,
              imported_at TEXT NOT NULL)""";

    static final String CELLS = """
            CREATE TABLE IF NOT EXISTS cells (
              report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
              code TEXT NOT NULL,
              value NUMERIC,
              value_text TEXT,
              raw TEXT,
              page INTEGER,
              line INTEGER,
              table_no INTEGER,
              row_no INTEGER,
              col_no INTEGER,
              PRIMARY KEY (report_id, code))""";

    static final String DIAGNOSTICS = """
            CREATE TABLE IF NOT EXISTS diagnostics (
              id INTEGER PRIMARY KEY,
              report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
              severity TEXT NOT NULL,
              code TEXT NOT NULL,
              message TEXT NOT NULL,
              cell TEXT,
              page INTEGER,
              line INTEGER)""";

    static final String CODEBOOK = """
            CREATE TABLE IF NOT EXISTS codebook (
              code TEXT NOT NULL,
              section TEXT,
              templates TEXT NOT NULL,
              row_label TEXT,
              column_label TEXT,
              unit TEXT,
              PRIMARY KEY (code, templates))""";

    /**
     * The index of {@code cells} by code. Each report adds one entry per code, spread over the whole index, so a
     * large import drops it first and builds it once at the end ({@link SqliteStore#deferCodeIndex}).
     */
    static final String CELLS_CODE_INDEX = "CREATE INDEX IF NOT EXISTS cells_code ON cells(code)";

    private StoreSchema() {
    }

    /** Every statement that creates the tables and indexes (idempotent). */
    static List<String> create(List<String> codes) {
        List<String> out = new ArrayList<>(List.of(REPORTS, CELLS, DIAGNOSTICS, CODEBOOK,
                "CREATE INDEX IF NOT EXISTS reports_status ON reports(status)",
                CELLS_CODE_INDEX,
                "CREATE INDEX IF NOT EXISTS diagnostics_report ON diagnostics(report_id)"));
        out.add(wide(codes));
        return out;
    }

    private static String wide(List<String> codes) {
        StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS wide (\n")
                .append("  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,\n")
                .append("  source TEXT, sha256 TEXT, format TEXT, template TEXT, agency TEXT, year INTEGER, title TEXT");
        for (String code : codes) {
            sb.append(",\n  ").append(identifier(code)).append(" NUMERIC");
        }
        return sb.append(')').toString();
    }

    /** A codebook code as an SQL identifier (codes are ASCII letters, digits and underscores; checked). */
    static String identifier(String code) {
        if (!code.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a safe column name: " + code);
        }
        return code;
    }
}
