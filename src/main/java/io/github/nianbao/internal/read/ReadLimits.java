package io.github.nianbao.internal.read;

/**
 * The limits a reader enforces, taken from the public parse options by the façade (which is the only package that
 * knows those options: readers depend on nothing above them).
 *
 * @param maxBytes      largest input accepted, in bytes (also bounds what a compressed part may inflate to)
 * @param maxPages      most PDF pages read
 * @param maxTableCells most table cells read from one document
 */
public record ReadLimits(long maxBytes, int maxPages, int maxTableCells) {

    public ReadLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxTableCells <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The same limits with another table-cell limit. */
    public ReadLimits withMaxTableCells(int value) {
        return new ReadLimits(maxBytes, maxPages, value);
    }
}
