package io.github.nianbao.model;

/** How much a {@link Diagnostic} matters. */
public enum Severity {
    /** A value could not be read, or the document is not what it should be; the data is incomplete or suspect. */
    ERROR,
    /** The data was read, but something does not add up or needed a guess. */
    WARNING,
    /** Recorded for transparency: a recovery that is known to be safe. */
    INFO
}
