package io.github.nianbao.export;

import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One number of a report's table as a review page shows it (单元格): what was read, what was printed, where, and what
 * was found about it.
 *
 * @param code        codebook code
 * @param rowLabel    the printed row label path (codebook), parts separated by {@code /}
 * @param columnLabel the printed column label path (codebook)
 * @param value       the number read, or null
 * @param raw         the token as printed, or null when nothing was printed
 * @param location    where it was printed ({@link Location#box()} on the page, for PDF sources whose reader has
 *                    positions)
 * @param diagnostics the diagnostics naming this cell, in report order
 * @param brokenSums  diagnostics of sums this cell takes part in that name another cell (the total the sum is
 *                    reported on), in report order
 */
public record PageCell(String code, String rowLabel, String columnLabel, BigDecimal value, String raw,
                       Location location, List<Diagnostic> diagnostics, List<Diagnostic> brokenSums) {

    /** How a page marks a cell, from least to most serious. */
    public enum Flag {
        /** Nothing was found about it. */
        NONE,
        /** It is a part of a sum that does not add up, reported on another cell. */
        IN_BROKEN_SUM,
        /** An {@link Severity#INFO} diagnostic names it. */
        INFO,
        /** A {@link Severity#WARNING} names it. */
        WARNING,
        /** An {@link Severity#ERROR} names it. */
        ERROR
    }

    public PageCell {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rowLabel, "rowLabel");
        Objects.requireNonNull(columnLabel, "columnLabel");
        location = location == null ? Location.UNKNOWN : location;
        diagnostics = List.copyOf(diagnostics);
        brokenSums = List.copyOf(brokenSums);
    }

    /** The most serious mark: the worst severity of {@link #diagnostics}, else whether it is in a broken sum. */
    public Flag flag() {
        Flag f = brokenSums.isEmpty() ? Flag.NONE : Flag.IN_BROKEN_SUM;
        for (Diagnostic d : diagnostics) {
            Flag g = Flag.valueOf(d.severity().name());
            if (g.compareTo(f) > 0) {
                f = g;
            }
        }
        return f;
    }

    /** Whether a diagnostic names this cell. */
    public boolean isFlagged() {
        return !diagnostics.isEmpty();
    }

    /**
     * Whether the printed token is not simply the number's digits ({@code "1,234"}, {@code "—"}, {@code "６"},
     * {@code "251000元"}, or a token that could not be read), so a page shows it beside the value.
     */
    public boolean rawDiffers() {
        if (raw == null) {
            return false;
        }
        return value == null ? !raw.isBlank() : !raw.strip().equals(value.toPlainString());
    }
}
