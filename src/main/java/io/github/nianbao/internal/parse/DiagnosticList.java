package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** A bounded list of diagnostics (like jsoup's ParseErrorList): past the limit, further ones are only counted. */
final class DiagnosticList {

    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    private Severity worstDropped;

    DiagnosticList(int max) {
        this.max = max;
    }

    void add(Diagnostic d) {
        if (list.size() < max) {
            list.add(d);
            return;
        }
        dropped++;
        if (worstDropped == null || d.severity().ordinal() < worstDropped.ordinal()) {
            worstDropped = d.severity();
        }
    }

    void error(DiagnosticCode code, String message, Location where, String cell) {
        add(Diagnostic.error(code, message, where, cell));
    }

    void warning(DiagnosticCode code, String message, Location where, String cell) {
        add(Diagnostic.warning(code, message, where, cell));
    }

    void info(DiagnosticCode code, String message, Location where, String cell) {
        add(Diagnostic.info(code, message, where, cell));
    }

    boolean hasCode(DiagnosticCode code) {
        return list.stream().anyMatch(d -> d.code().equals(code));
    }

    List<Diagnostic> toList() {
        List<Diagnostic> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(new Diagnostic(worstDropped, DiagnosticCode.DIAGNOSTICS_TRUNCATED,
                    dropped + " more diagnostics were not kept (limit maxDiagnostics = " + max + ")",
                    Location.UNKNOWN, null));
        }
        return out;
    }
}
