package io.github.nianbao.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite tables of a bulk import.
 *
 * <ul>
 * <li>{@code reports}: one row per document (imported or failed), keyed by content {@code sha256};
 * <li>{@code cells}: long form, one row per codebook cell of an imported report ({@code value} NUMERIC for queries,
 *     {@code value_text} the exact decimal, {@code raw} the token as printed, and where it was printed: page, line,
 *     table, row, column, and for readers with positions its box on the page, {@code box_x0 … box_y1} in PDF points
 *     from the page's top-left corner);
 * <li>{@code diagnostics}: one row per diagnostic ({@code origin} {@code parse}: found by the parser;
 *     {@code import}: the agency identity's INFO; {@code panel}: found across reports — copies that disagree,
 *     {@code YEAR_CARRY_OVER} — and recomputed after every import);
 * <li>{@code codebook}: the codebook this version of nianbao uses;
 * <li>{@code wide}: one row per imported report, one NUMERIC column per codebook code, written in the same
 *     transaction as the report.
 * </ul>
 */
final class StoreSchema {

    /**
     * {@code PRAGMA user_version} of the database this version writes. 0 is a database of an earlier nianbao that did
     * not set it (schema 1: no identity, copy, provenance columns); schema 2 has no cell boxes. An older database is
     * brought up to date when opened for import.
     */
    static final int VERSION = 3;

    /**
     * Columns of {@code reports} added since schema 1, as {@code name TYPE}; added to older databases on import
     * ({@code ocr}: pages read by OCR, added within schema 2, nullable like the others).
     */
    static final List<String> REPORT_COLUMNS_2 = List.of("region_code TEXT", "region_name TEXT", "level TEXT",
            "agency_type TEXT", "agency_key TEXT", "copy_group INTEGER", "is_primary INTEGER", "n_copies INTEGER",
            "source_url TEXT", "nianbao_version TEXT", "n_cells_read INTEGER", "ocr INTEGER");
    /** Columns of {@code cells} added within schema 2; added to older databases on import. */
    static final List<String> CELL_COLUMNS_2 = List.of("ocr_confidence REAL");

    /** Columns of {@code cells} added in schema 3 (a cell's box on the page), as {@code name TYPE}. */
    static final List<String> CELL_COLUMNS_3 = List.of("box_x0 REAL", "box_y0 REAL", "box_x1 REAL", "box_y1 REAL");

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
              imported_at TEXT NOT NULL,
              region_code TEXT,
              region_name TEXT,
              level TEXT,
              agency_type TEXT,
              agency_key TEXT,
              copy_group INTEGER,
              is_primary INTEGER,
              n_copies INTEGER,
              source_url TEXT,
              nianbao_version TEXT,
              n_cells_read INTEGER,
              ocr INTEGER)""";

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
              box_x0 REAL,
              box_y0 REAL,
              box_x1 REAL,
              box_y1 REAL,
              ocr_confidence REAL,
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
              line INTEGER,
              origin TEXT NOT NULL DEFAULT 'parse')""";

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
        List<String> out = new ArrayList<>(List.of(REPORTS, CELLS, DIAGNOSTICS, CODEBOOK));
        out.add(wide(codes));
        return out;
    }

    /** The indexes (idempotent; after {@link #create} and the schema-2 columns exist). */
    static List<String> indexes() {
        return List.of("CREATE INDEX IF NOT EXISTS reports_status ON reports(status)",
                "CREATE INDEX IF NOT EXISTS reports_agency_year ON reports(agency, year)",
                "CREATE INDEX IF NOT EXISTS reports_key_year ON reports(agency_key, year)",
                CELLS_CODE_INDEX,
                "CREATE INDEX IF NOT EXISTS diagnostics_report ON diagnostics(report_id)");
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
