package io.github.nianbao;

/** How hard the parser tries to recover from damaged tables. */
public enum Recovery {
    /**
     * Default: near-miss labels are matched by similarity, run-together numbers are split where the arithmetic
     * decides, wrapped labels are joined; every such recovery is reported as a diagnostic.
     */
    LENIENT,
    /** Labels must match after normalisation (brackets, spaces, numbering); no similarity matching, no splitting. */
    STRICT
}
