package io.github.nianbao.internal.parse;

import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.ReviewGroup;
import io.github.nianbao.model.TemplateArithmetic;
import io.github.nianbao.text.TextLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Section 四 (行政复议 = administrative reconsideration, 行政诉讼 = administrative litigation): one data row of 15
 * numbers in three groups (行政复议 · 未经复议直接起诉 · 复议后起诉), each 结果维持 · 结果纠正 · 其他结果 · 尚未审结 ·
 * 总计. The header rows are recognised by their labels; the numbers may follow on one or several lines.
 */
final class ReviewTableParser {

    static final String[] GROUPS = {"s4_recon", "s4_suit_direct", "s4_suit_after"};
    static final String[] OUTCOMES = {"upheld", "corrected", "other", "pending", "total"};
    static final int COLUMNS = GROUPS.length * OUTCOMES.length;
    /** The code of each of the 15 numbers, in printed order, built once (interned: the codebook's instances). */
    private static final String[] CODES = new String[COLUMNS];

    static {
        for (int i = 0; i < COLUMNS; i++) {
            CODES[i] = (GROUPS[i / 5] + "_" + OUTCOMES[i % 5]).intern();
        }
    }

    private static final String[] HEADER_WORDS = {"行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
        "总计", "未经复议", "复议后起诉", "直接起诉"};

    /** Each group's 总计 = the four outcomes. */
    static final Predicate<BigDecimal[]> GROUP_TOTALS = v -> {
        for (int g = 0; g < GROUPS.length; g++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < 4; i++) {
                if (v[g * 5 + i] == null) {
                    return false;
                }
                sum = sum.add(v[g * 5 + i]);
            }
            if (v[g * 5 + 4] == null || sum.compareTo(v[g * 5 + 4]) != 0) {
                return false;
            }
        }
        return true;
    };

    private final CellTable cells;
    private final DiagnosticList diagnostics;
    private boolean found;

    ReviewTableParser(CellTable cells, DiagnosticList diagnostics) {
        this.cells = cells;
        this.diagnostics = diagnostics;
    }

    boolean found() {
        return found;
    }

    void parse(List<TableRow> rows) {
        boolean headerSeen = false;
        List<Tok> tokens = new ArrayList<>();
        Location where = null;
        String runTogether = null;
        for (TableRow row : rows) {
            if (row.isBlank() || PageDebris.is(PartSplitter.singleText(row.line()))) {
                continue;
            }
            if (row.valueCount() == 0 && row.runTogether() == null) {
                if (isHeader(row)) {
                    headerSeen = true;
                }
                if (!tokens.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!headerSeen && row.valueCount() < 5) {
                continue;
            }
            if (where == null) {
                where = row.location();
            }
            if (row.runTogether() != null && row.valueCount() == 0) {
                runTogether = row.runTogether();
                break;
            }
            tokens.addAll(row.afterLabels());
            if (countNonBlank(tokens) >= COLUMNS) {
                break;
            }
        }
        if (where == null) {
            return;
        }
        found = true;
        ValueAligner.Placement p = runTogether != null
                ? ValueAligner.split(runTogether, where, COLUMNS, GROUP_TOTALS)
                : ValueAligner.place(tokens, COLUMNS, GROUP_TOTALS);
        report(p.recovery(), where);
        for (int i = 0; i < COLUMNS; i++) {
            String code = code(i);
            if (p.cells()[i] == null) {
                cells.putMissing(code, where, "section 四 has fewer than 15 numbers");
            } else {
                cells.put(code, p.cells()[i]);
            }
        }
    }

    static String code(int i) {
        return CODES[i];
    }

    /**
     * Section 四 from text that lost the grid: after the header words, the numbers up to the next text (on the
     * header's line, run together, or one per line) are the 15 cells, read under the group totals.
     */
    void parseStream(List<TextLine> lines) {
        boolean headerSeen = false;
        boolean ownLines = false;
        List<RowReadings.Token> tokens = new ArrayList<>();
        Location where = null;
        for (TextLine line : lines) {
            StreamLine s = StreamLine.of(line);
            if (s == null || PageDebris.is(s.label()) || s.label().isEmpty() && s.tokens().isEmpty()) {
                continue;
            }
            if (s.hasLabel()) {
                if (!tokens.isEmpty()) {
                    break;
                }
                headerSeen |= isHeader(s.label());
                if (headerSeen && !s.tokens().isEmpty()) {
                    tokens.addAll(s.tokens());
                    where = s.where();
                }
                continue;
            }
            if (headerSeen) {
                tokens.addAll(s.tokens());
                ownLines = true;
                where = where == null ? s.where() : where;
            }
        }
        if (!headerSeen) {
            return;
        }
        found = true;
        where = where == null ? Location.UNKNOWN : where;
        List<String> codes = ReviewGroup.printedOrder();
        RowReadings.Result r = RowReadings.of(tokens, COLUMNS, ownLines ? RowReadings.Form.NODES
                : RowReadings.Form.RUN_ON, RowCheck.of(codes, TemplateArithmetic.reviewRules()));
        TableDecoder.Unit unit = new TableDecoder.Unit("四、行政复议、行政诉讼", codes, r.readings(), where);
        TableDecoder.Result result = TableDecoder.decode(List.of(unit), TemplateArithmetic.reviewRules(), 1);
        StringBuilder printed = new StringBuilder();
        tokens.forEach(t -> printed.append(printed.length() == 0 ? "" : " ").append(t.text()));
        DecodedCells.write(List.of(unit), List.of(printed.toString()), result, cells, diagnostics);
    }

    private void report(ValueAligner.Recovery how, Location where) {
        switch (how) {
            case BY_ARITHMETIC -> diagnostics.info(DiagnosticCode.BLANK_CELLS_ALIGNED,
                    "section 四: blank cells at the edge "
                    + "taken as zero; placement decided by the group totals", where, code(0));
            case AMBIGUOUS -> diagnostics.warning(DiagnosticCode.BLANK_CELLS_AMBIGUOUS,
                    "section 四: blank cells at the edge; "
                    + "the column of each number could not be decided, numbers were aligned to the right", where,
                    code(0));
            case SHORT -> diagnostics.warning(DiagnosticCode.ROW_SHORT,
                    "section 四 has fewer than 15 numbers", where, code(0));
            case LONG -> diagnostics.warning(DiagnosticCode.ROW_LONG,
                    "section 四 has more than 15 numbers; used the last 15",
                    where, code(0));
            case SPLIT_BY_ARITHMETIC -> diagnostics.warning(DiagnosticCode.DIGITS_SPLIT,
                    "section 四: numbers printed without "
                    + "separators were split so that the group totals add up", where, code(0));
            case UNSPLITTABLE -> diagnostics.error(DiagnosticCode.DIGITS_RUN_TOGETHER,
                    "section 四: numbers printed without "
                    + "separators cannot be split unambiguously", where, code(0));
            default -> {
            }
        }
    }

    private static int countNonBlank(List<Tok> toks) {
        int n = 0;
        for (Tok t : toks) {
            if (!t.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static boolean isHeader(TableRow row) {
        return isHeader(row.labelText());
    }

    private static boolean isHeader(String text) {
        for (String w : HEADER_WORDS) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
