package io.github.nianbao.text;

import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The seam between readers and the parser: a document as headings, paragraphs and table rows, each cell knowing
 * where it came from. Every reader (PDF, DOCX, DOC, HTML, TXT) produces this; the parser reads only this.
 *
 * <p>Line numbers are assigned by the {@link Builder} (1-based, in order) unless a reader gives its own (the TXT
 * reader gives physical lines).
 */
public record ReportText(Format format, List<TextLine> lines, DocumentInfo info, List<Diagnostic> diagnostics) {

    public ReportText {
        lines = List.copyOf(lines);
        info = info == null ? DocumentInfo.EMPTY : info;
        diagnostics = List.copyOf(diagnostics);
    }

    /** The whole text: lines joined by newlines, table cells by tabs. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }

    public static Builder builder(Format format) {
        return new Builder(format);
    }

    /** Collects lines for a reader. Not thread-safe; one per document. */
    public static final class Builder {
        private final Format format;
        private final List<TextLine> lines = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private DocumentInfo info = DocumentInfo.EMPTY;

        private Builder(Format format) {
            this.format = format;
        }

        /** Adds a heading; {@code where} may be null (the line number is filled in). */
        public Builder heading(String text, Location where) {
            return single(LineKind.HEADING, text, where);
        }

        /** Adds a paragraph; {@code where} may be null. */
        public Builder paragraph(String text, Location where) {
            return single(LineKind.PARAGRAPH, text, where);
        }

        /** Adds a table row, one cell per grid column; cells' line numbers are filled in when 0. */
        public Builder row(List<TextCell> cells, Location where) {
            int line = lineNumber(where);
            Location loc = withLine(where, line);
            List<TextCell> fixed = new ArrayList<>(cells.size());
            for (TextCell c : cells) {
                fixed.add(c.location().line() == 0 ? c.withLocation(withLine(c.location(), line)) : c);
            }
            lines.add(new TextLine(LineKind.TABLE_ROW, fixed, loc));
            return this;
        }

        /** Adds a line as it is (its locations kept). */
        public Builder line(TextLine line) {
            lines.add(line);
            return this;
        }

        public Builder info(DocumentInfo documentInfo) {
            this.info = documentInfo == null ? DocumentInfo.EMPTY : documentInfo;
            return this;
        }

        public Builder diagnostic(Diagnostic d) {
            diagnostics.add(d);
            return this;
        }

        /** How many lines so far. */
        public int size() {
            return lines.size();
        }

        public ReportText build() {
            return new ReportText(format, lines, info, diagnostics);
        }

        private Builder single(LineKind kind, String text, Location where) {
            Location loc = withLine(where, lineNumber(where));
            lines.add(new TextLine(kind, List.of(new TextCell(text, loc)), loc));
            return this;
        }

        private int lineNumber(Location where) {
            return where != null && where.line() > 0 ? where.line() : lines.size() + 1;
        }

        private static Location withLine(Location l, int line) {
            if (l == null) {
                return Location.ofLine(line);
            }
            return new Location(line, l.page(), l.table(), l.row(), l.column(), l.box());
        }
    }
}
