package io.github.nianbao.export;

import java.util.Objects;

/**
 * One column of the CSV exports, as {@code codebook.csv} describes it: name, type, labels in Chinese and English, and
 * its one unit.
 *
 * @param name    the column name (an ASCII identifier of at most 32 characters, Stata's limit)
 * @param kind    what it is
 * @param type    how its values are written
 * @param labelZh the label in Chinese
 * @param labelEn the label in English
 * @param unitZh  the unit in Chinese ({@code 件}, {@code 万元}, {@code 字节}…), or empty for text and codes
 * @param unitEn  the unit in English, or empty
 * @param note    how the column is made, or empty
 */
public record ExportColumn(String name, Kind kind, Type type, String labelZh, String labelEn, String unitZh,
                           String unitEn, String note) {

    /** What a column holds. */
    public enum Kind {
        /** About the report or file (source, year, status, counts, identity…). */
        METADATA,
        /** A codebook cell, as printed. */
        CELL,
        /** Computed from other columns, never printed (a unit conversion). */
        DERIVED
    }

    /** How values are written. */
    public enum Type {
        TEXT, INTEGER, DECIMAL;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ExportColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
        unitZh = unitZh == null ? "" : unitZh;
        unitEn = unitEn == null ? "" : unitEn;
        note = note == null ? "" : note;
    }

    /** Whether values are numbers. */
    public boolean isNumeric() {
        return type != Type.TEXT;
    }
}
