package io.github.nianbao.internal.parse;

/**
 * How labels are matched: the parser's view of the public {@code Recovery} setting (the façade maps one to the
 * other, so this package does not depend on the public root package).
 */
public enum Matching {
    /** Near-miss labels are matched by similarity; run-together numbers may be split where the arithmetic decides. */
    LENIENT,
    /** Labels must match after normalisation. */
    STRICT
}
