package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.RequestRow;
import io.github.nianbao.model.SumRule;
import io.github.nianbao.model.TemplateArithmetic;
import io.github.nianbao.text.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 三 from text that lost the table's grid (a crawl's text: cells run together on the label's line, or one
 * text node per line). Row labels are found as in a grid ({@link RequestTableParser#resolve}, wrapped labels
 * included); the numbers after each label, up to the next label, are that row's tokens; every row's readings go to
 * {@link TableDecoder} with the template's sums, and what it keeps is written by {@link DecodedCells}.
 */
final class RequestStream {

    /** A row found: its label, the tokens after it, and whether they came on the label's line. */
    private static final class Pending {
        final RequestTableParser.Node node;
        final Location where;
        final List<RowReadings.Token> tokens = new ArrayList<>();
        boolean ownLines;

        Pending(RequestTableParser.Node node, Location where) {
            this.node = node;
            this.where = where;
        }
    }

    private final RequestTableParser parser;
    private final CellTable cells;
    private final DiagnosticList diagnostics;
    private final int maxStates;

    RequestStream(RequestTableParser parser, CellTable cells, DiagnosticList diagnostics, int maxStates) {
        this.parser = parser;
        this.cells = cells;
        this.diagnostics = diagnostics;
        this.maxStates = maxStates;
    }

    void parse(List<TextLine> lines) {
        List<Pending> rows = collect(lines);
        if (rows.isEmpty()) {
            return;
        }
        boolean subRows = rows.stream().anyMatch(p -> p.node.key().equals(RequestRow.OTHER_NO_CORRECTION.key()));
        List<SumRule> rules = TemplateArithmetic.requestRules(subRows ? TemplateArithmetic.OtherLayout.SUB_ROWS
                : TemplateArithmetic.OtherLayout.SINGLE_ROW);
        List<TableDecoder.Unit> units = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (Pending p : rows) {
            List<String> codes = codes(p.node.key());
            RowReadings.Form form = p.ownLines ? RowReadings.Form.NODES : RowReadings.Form.RUN_ON;
            RowReadings.Result r = RowReadings.of(p.tokens, codes.size(), form, RowCheck.of(codes, rules));
            units.add(new TableDecoder.Unit(p.node.label(), codes, r.readings(), p.where));
            printed.add(text(p.tokens));
        }
        TableDecoder.Result result = TableDecoder.decode(units, rules, maxStates);
        DecodedCells.write(units, printed, result, cells, diagnostics);
    }

    /** The rows in the order printed; a row printed twice keeps its first printing. */
    private List<Pending> collect(List<TextLine> lines) {
        List<Pending> rows = new ArrayList<>();
        Pending current = null;
        String context = null;
        StringBuilder pendingText = new StringBuilder();
        for (TextLine line : lines) {
            StreamLine s = StreamLine.of(line);
            if (s == null || s.label().isEmpty() && s.tokens().isEmpty() || PageDebris.is(s.label())) {
                continue;
            }
            if (!s.hasLabel()) {
                if (current != null) {
                    current.tokens.addAll(s.tokens());
                    current.ownLines = true;
                }
                continue;
            }
            List<Tok> labels = List.of(Tok.of(s.label(), s.where()));
            if (RequestTableParser.isHeader(labels) || isColumnLabel(labels.get(0).norm())) {
                current = null;
                pendingText.setLength(0);
                continue;
            }
            RequestTableParser.Resolved r = parser.resolve(labels, pendingText.toString(), context);
            context = r.context();
            pendingText.setLength(0);
            if (r.node() != null && r.node().key() != null) {
                current = start(r.node(), s.where(), rows);
                if (current != null) {
                    current.tokens.addAll(s.tokens());
                }
            } else if (r.node() != null) {
                current = null;
                pendingText.append(r.tail());
            } else if (current != null && current.tokens.isEmpty() && !s.tokens().isEmpty()) {
                current.tokens.addAll(s.tokens()); // the rest of a wrapped label, with the row's numbers
            } else {
                current = null;
                pendingText.append(labels.get(0).norm());
            }
        }
        return rows;
    }

    /** A header word on a line of its own (总计, 其他 …): an applicant column, not the row of the same name. */
    private static boolean isColumnLabel(String norm) {
        for (Applicant a : Applicant.values()) {
            if (a.label().equals(norm)) {
                return true;
            }
        }
        return "法人或其他组织".equals(norm);
    }

    private Pending start(RequestTableParser.Node node, Location where, List<Pending> rows) {
        if (parser.rowsFound().containsKey(node.key())) {
            diagnostics.warning(io.github.nianbao.model.DiagnosticCode.S3_ROW_REPEATED, "row \"" + node.label()
                    + "\" printed again; kept the first", where, RequestTableParser.code(node.key(), Applicant.NATURAL));
            return null;
        }
        parser.rowsFound().put(node.key(), where);
        Pending p = new Pending(node, where);
        rows.add(p);
        return p;
    }

    private static List<String> codes(String key) {
        List<String> out = new ArrayList<>(Applicant.values().length);
        for (Applicant a : Applicant.values()) {
            out.add(RequestTableParser.code(key, a));
        }
        return out;
    }

    private static String text(List<RowReadings.Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (RowReadings.Token t : tokens) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text());
        }
        return sb.toString();
    }
}
