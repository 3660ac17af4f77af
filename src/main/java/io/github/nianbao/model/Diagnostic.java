package io.github.nianbao.model;

import java.util.Objects;

/**
 * One finding about a document: a value that could not be read, a recovery that was needed, arithmetic that does
 * not add up. Diagnostics never change numbers; they say what was found.
 *
 * @param severity how much it matters
 * @param code     what was found, such as {@link DiagnosticCode#S3_BALANCE}; its {@link DiagnosticCode#name() name}
 *                 is the stable string JSON, CSV and the database carry
 * @param message  a sentence a person can read (English, quoting Chinese labels as printed)
 * @param location where in the document; {@link Location#UNKNOWN} when it concerns the whole document
 * @param cell     the codebook code of the cell concerned, or {@code null}
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, Location location, String cell) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        location = location == null ? Location.UNKNOWN : location;
    }

    public static Diagnostic error(DiagnosticCode code, String message, Location location, String cell) {
        return new Diagnostic(Severity.ERROR, code, message, location, cell);
    }

    public static Diagnostic warning(DiagnosticCode code, String message, Location location, String cell) {
        return new Diagnostic(Severity.WARNING, code, message, location, cell);
    }

    public static Diagnostic info(DiagnosticCode code, String message, Location location, String cell) {
        return new Diagnostic(Severity.INFO, code, message, location, cell);
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + location + (cell == null ? "" : " [" + cell + "]") + ": " + message;
    }
}
