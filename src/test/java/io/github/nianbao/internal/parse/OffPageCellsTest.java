package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Severity;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table printed wider than its page: each row ends with one cell standing for the columns beyond the edge. Those
 * cells are null with a WARNING naming each of them; the numbers on the page keep their columns.
 */
class OffPageCellsTest {

    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.DEFAULT);

    /**
     * r9002's text with the last {@code cut} cells of every section 三 and 四 row replaced by a cell off the page,
     * written as the PDF reader writes a row cut by the page's edge.
     */
    private static ReportText cutOff(ReportText text, int cut) {
        ReportText.Builder b = ReportText.builder(text.format()).info(text.info());
        boolean inTables = false;
        for (TextLine l : text.lines()) {
            String t = l.text();
            if (t.startsWith("三") && t.contains("收到和处理")) {
                inTables = true;
            } else if (t.startsWith("五") && t.contains("存在的主要问题")) {
                inTables = false;
            }
            if (!inTables || l.kind() != LineKind.TABLE_ROW || l.cells().size() <= cut) {
                b.line(l);
                continue;
            }
            int n = l.cells().size();
            int numbers = n >= 15 ? 15 : 7; // a grid row: label columns, then its number columns
            List<TextCell> cells = new ArrayList<>();
            for (TextCell c : l.cells().subList(0, Math.max(0, n - numbers))) {
                if (!c.isBlank()) {
                    cells.add(c); // a row cut by the page's edge counts from the left: a merged label is one cell
                }
            }
            cells.addAll(l.cells().subList(Math.max(0, n - numbers), n - cut));
            cells.add(TextCell.offPage(l.cells().get(n - cut).location()));
            b.line(new TextLine(LineKind.TABLE_ROW, cells, l.location()));
        }
        return b.build();
    }

    private static AnnualReport parse(ReportText t) {
        return PARSER.parse(t, "r9002.txt");
    }

    private static ReportText sample() throws IOException {
        return PARSER.read(Files.readAllBytes(Path.of("testdata/golden/r9002/r9002.txt")));
    }

    private static List<String> namedBy(AnnualReport r, DiagnosticCode code) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            if (d.code() == code) {
                assertEquals(Severity.WARNING, d.severity());
                out.add(d.cell());
            }
        }
        return out;
    }

    @Test
    void theTotalColumnBeyondTheEdgeIsNullAndNamedTheOthersKeepTheirValues() throws IOException {
        AnnualReport whole = parse(sample());
        AnnualReport cut = parse(cutOff(sample(), 1));
        List<String> named = namedBy(cut, DiagnosticCode.CELL_OFF_PAGE);
        for (Map.Entry<String, CellValue> e : whole.cells().entrySet()) {
            String code = e.getKey();
            boolean beyond = code.startsWith("s3_") && code.endsWith("_total") || code.equals("s4_suit_after_total");
            CellValue got = cut.cells().get(code);
            if (beyond) {
                assertNull(got.value(), code);
                assertTrue(named.contains(code), code + " is named");
            } else {
                assertEquals(e.getValue().value(), got.value(), code);
            }
        }
    }

    @Test
    void twoColumnsBeyondTheEdgeAreBothNullNeverAShift() throws IOException {
        AnnualReport whole = parse(sample());
        AnnualReport cut = parse(cutOff(sample(), 2));
        List<String> named = namedBy(cut, DiagnosticCode.CELL_OFF_PAGE);
        for (String row : List.of("new", "granted", "deny_secret", "total")) {
            assertNull(cut.value("s3_" + row + "_otherorg"));
            assertNull(cut.value("s3_" + row + "_total"));
            assertTrue(named.contains("s3_" + row + "_otherorg"));
            assertEquals(whole.value("s3_" + row + "_legal"), cut.value("s3_" + row + "_legal"));
            assertEquals(whole.value("s3_" + row + "_natural"), cut.value("s3_" + row + "_natural"));
        }
        assertNull(cut.value("s4_suit_after_pending"));
        assertEquals(whole.value("s4_suit_after_other"), cut.value("s4_suit_after_other"));
    }
}
