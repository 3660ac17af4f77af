package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Section 三 (收到和处理政府信息公开申请情况, requests for disclosure): maps each printed row to its codebook row by
 * its label — never by position — and its seven numbers to the applicant columns. Recovers lost leading cells,
 * labels wrapped onto the next line, numbers pushed onto a line of their own, page debris between rows, and digits
 * run together (split only where the row total decides).
 */
final class RequestTableParser {

    /** A label of the table: a row with numbers ({@code key} set) and/or a group that gives context. */
    record Node(String key, String label, int depth, String group) {
    }

    static final int COLUMNS = Applicant.values().length;

    private static final LabelMatcher<Node> MATCHER = new LabelMatcher<>();
    private static final List<String> ORDER = new ArrayList<>();
    /** {@code s3_<key>_<applicant>} for every row key, by applicant ordinal, built once. */
    private static final Map<String, String[]> CODES = new HashMap<>();
    private static final Pattern INNER_NUMBERING = Pattern.compile("(?=（[一二三四五六七]）)|(?=(?<![0-9.])[1-8]\\.)");
    private static final String[] HEADER_WORDS = {"自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织",
        "法律服务机构", "申请人情况", "勾稽关系"};

    static {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (CodebookEntry e : Codebook.standard().entries()) {
            if (!"三".equals(e.section()) || !e.code().endsWith("_natural")) {
                continue;
            }
            String key = e.code().substring(3, e.code().length() - "_natural".length());
            String[] parts = e.rowLabel().split("/");
            String group = null;
            for (int d = 0; d < parts.length; d++) {
                String label = parts[d];
                boolean leaf = d == parts.length - 1;
                Node old = nodes.get(label);
                Node node = new Node(leaf ? key : old == null ? null : old.key(), label, d + 1, group);
                nodes.put(label, node);
                group = d == 0 ? null : Normalizer.label(label);
            }
            if (!ORDER.contains(key)) {
                ORDER.add(key);
                String[] codes = new String[COLUMNS];
                for (Applicant a : Applicant.values()) {
                    codes[a.ordinal()] = ("s3_" + key + "_" + a.suffix()).intern(); // the codebook's instance
                }
                CODES.put(key, codes);
            }
        }
        for (Node n : nodes.values()) {
            MATCHER.add(n, n.label(), n.group());
            if ("partial".equals(n.key())) {
                MATCHER.add(n, n.label() + "（区分处理的，只计这一情形，不计其他情形）", n.group());
            }
        }
    }

    private final Matching recovery;
    private final CellTable cells;
    private final DiagnosticList diagnostics;
    private final Map<String, Location> rowsFound = new LinkedHashMap<>();

    RequestTableParser(Matching recovery, CellTable cells, DiagnosticList diagnostics) {
        this.recovery = recovery;
        this.cells = cells;
        this.diagnostics = diagnostics;
    }

    /** Row keys found (such as {@code new}, {@code deny_secret}), with where. */
    Map<String, Location> rowsFound() {
        return rowsFound;
    }

    void parse(List<TableRow> rows) {
        String context = null;
        Node pendingRow = null;
        TableRow pendingLine = null;
        StringBuilder pendingText = new StringBuilder();
        String lastKey = null;
        for (TableRow row : rows) {
            if (row.isBlank() || isDebris(row)) {
                continue;
            }
            boolean hasValues = row.valueCount() > 0 || row.runTogether() != null;
            List<Tok> labels = row.labels();
            if (!hasValues) {
                Resolved r = isHeader(labels) ? new Resolved(null, context, false, "") : resolve(labels, "", context);
                context = r.context;
                if (r.node != null && r.node.key() != null) {
                    lastKey = flushBlankRow(pendingRow, pendingLine, lastKey);
                    pendingRow = r.node;
                    pendingLine = row;
                    pendingText.setLength(0);
                    pendingText.append(r.tail); // （六）其他处理 (a row in 2019) then the head of a wrapped sub-row
                } else if (r.node == null && !isHeader(labels)) {
                    pendingText.append(row.labelText());
                } else if (r.node != null && !r.tail.isEmpty()) {
                    pendingText.setLength(0);
                    pendingText.append(r.tail); // a group label, then the head of a wrapped row label
                }
                continue;
            }
            Resolved r = resolve(labels, pendingText.toString(), context);
            context = r.context;
            Node node = r.node != null && r.node.key() != null ? r.node : null;
            boolean tailOfPending = pendingRow != null && (node == null && (labels.isEmpty() || r.node == null)
                    || node != null && r.fuzzy && pendingLine.afterLabels().size() < COLUMNS);
            if (tailOfPending) { // a label with no numbers, then the rest of it (only similar to another row)
                if (!labels.isEmpty()) {
                    diagnostics.info(DiagnosticCode.LABEL_WRAPPED,
                            "\"" + joinText(labels) + "\" taken as the end of the label "
                            + "\"" + pendingRow.label() + "\" wrapped onto the next line", row.location(),
                            code(pendingRow.key(), Applicant.NATURAL));
                }
                node = pendingRow;
                pendingRow = null;
            }
            lastKey = flushBlankRow(pendingRow, pendingLine, lastKey);
            pendingRow = null;
            pendingText.setLength(0);
            if (node == null && labels.isEmpty()) {
                node = inferNext(lastKey, row.location());
            }
            if (node == null) {
                if (!labels.isEmpty()) {
                    diagnostics.error(DiagnosticCode.S3_ROW_UNKNOWN, "section 三 row label not recognised: \""
                            + joinText(labels) + "\"; its numbers were not used", row.location(), null);
                }
                continue;
            }
            if (r.fuzzy && r.node == node) {
                diagnostics.info(DiagnosticCode.LABEL_FUZZY,
                        "label \"" + joinText(labels) + "\" taken as \"" + node.label()
                        + "\" (similar wording)", row.location(), code(node.key(), Applicant.NATURAL));
            }
            lastKey = assignOnce(node, row, lastKey);
        }
        flushBlankRow(pendingRow, pendingLine, lastKey);
    }

    /**
     * A labelled row whose numbers never came: if it has a blank grid cell for every column, it printed zeros as
     * blanks; otherwise its cells stay missing.
     */
    private String flushBlankRow(Node node, TableRow line, String lastKey) {
        if (node == null || rowsFound.containsKey(node.key()) || line.afterLabels().size() < COLUMNS) {
            return lastKey;
        }
        return assignOnce(node, line, lastKey);
    }

    private String assignOnce(Node node, TableRow row, String lastKey) {
        if (rowsFound.containsKey(node.key())) {
            diagnostics.warning(DiagnosticCode.S3_ROW_REPEATED,
                    "row \"" + node.label() + "\" printed again; kept the first",
                    row.location(), code(node.key(), Applicant.NATURAL));
            return lastKey;
        }
        assign(node, row);
        return node.key();
    }

    private void assign(Node node, TableRow row) {
        rowsFound.put(node.key(), row.location());
        ValueAligner.Placement p = row.runTogether() != null && row.valueCount() == 0
                ? ValueAligner.split(row.runTogether(), row.runTogetherLocation(), COLUMNS, ROW_TOTAL)
                : ValueAligner.place(row.afterLabels(), COLUMNS, ROW_TOTAL);
        report(p.recovery(), node, row.location());
        Applicant[] cols = Applicant.values();
        for (int i = 0; i < COLUMNS; i++) {
            String code = code(node.key(), cols[i]);
            if (p.cells()[i] == null) {
                cells.putMissing(code, row.location(), "row \"" + node.label() + "\" has no cell for "
                        + cols[i].label());
            } else {
                cells.put(code, p.cells()[i]);
            }
        }
    }

    private void report(ValueAligner.Recovery how, Node node, Location where) {
        String cell = code(node.key(), Applicant.NATURAL);
        switch (how) {
            case BY_ARITHMETIC -> diagnostics.info(DiagnosticCode.BLANK_CELLS_ALIGNED, "row \"" + node.label()
                    + "\": blank cells at the edge taken as zero; placement decided by the row total", where, cell);
            case AMBIGUOUS -> diagnostics.warning(DiagnosticCode.BLANK_CELLS_AMBIGUOUS, "row \"" + node.label()
                    + "\": blank cells at the edge; the column of each number could not be decided by the row "
                    + "total, numbers were aligned to the right", where, cell);
            case SHORT -> diagnostics.warning(DiagnosticCode.ROW_SHORT, "row \"" + node.label() + "\" has fewer than "
                    + COLUMNS + " cells", where, cell);
            case LONG -> diagnostics.warning(DiagnosticCode.ROW_LONG,
                    "row \"" + node.label() + "\" has more than " + COLUMNS
                    + " cells; used the last " + COLUMNS, where, cell);
            case SPLIT_BY_ARITHMETIC -> diagnostics.warning(DiagnosticCode.DIGITS_SPLIT, "row \"" + node.label()
                    + "\": numbers printed without separators were split so that the row total adds up", where,
                    cell);
            case UNSPLITTABLE -> diagnostics.error(DiagnosticCode.DIGITS_RUN_TOGETHER, "row \"" + node.label()
                    + "\": numbers printed without separators cannot be split unambiguously", where, cell);
            default -> {
            }
        }
    }

    /** The row's arithmetic: 总计 = the six applicant columns. */
    static final Predicate<BigDecimal[]> ROW_TOTAL = v -> {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] == null) {
                return false;
            }
            sum = sum.add(v[i]);
        }
        return v[v.length - 1] != null && sum.compareTo(v[v.length - 1]) == 0;
    };

    /** {@code tail}: normalised label text after the last part that matched (the head of a wrapped label). */
    record Resolved(Node node, String context, boolean fuzzy, String tail) {
    }

    /** Matches the row's label cells in order; the last row label wins, group labels set the context. */
    Resolved resolve(List<Tok> labels, String pending, String context) {
        Node found = null;
        boolean fuzzy = false;
        String ctx = context;
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            String norm = labels.get(i).norm();
            if (i == 0 && !pending.isEmpty()) {
                LabelMatcher.Match<Node> joined = MATCHER.match(pending + norm, ctx, recovery);
                LabelMatcher.Match<Node> alone = MATCHER.match(norm, ctx, recovery);
                if (joined != null && (alone == null || joined.score() > alone.score())) {
                    norm = pending + norm;
                }
            }
            for (String part : splitNumbered(norm)) {
                LabelMatcher.Match<Node> m = MATCHER.match(part, ctx, recovery);
                if (m == null) {
                    tail.append(part);
                    continue;
                }
                tail.setLength(0);
                Node n = m.target();
                if (n.depth() <= 2) {
                    ctx = n.depth() == 1 ? null : Normalizer.label(n.label());
                }
                if (n.key() != null || found == null) {
                    found = n;
                    fuzzy = m.fuzzy();
                }
            }
        }
        return new Resolved(found, ctx, fuzzy, tail.toString());
    }

    /** {@code （三）不予公开1.属于国家秘密} → both parts; a label without inner numbering → itself. */
    private static List<String> splitNumbered(String norm) {
        if (!hasInnerNumbering(norm)) {
            return norm.isEmpty() ? List.of() : List.of(norm);
        }
        String[] parts = INNER_NUMBERING.split(norm);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        if (out.size() > 1 && MATCHER.match(norm, null, Matching.STRICT) != null) {
            return List.of(norm);
        }
        return out;
    }

    /**
     * Whether {@link #INNER_NUMBERING} can split {@code norm}: a {@code （} or a digit 1–8 followed by {@code .}
     * after the first character (a split at 0 gives no part).
     */
    private static boolean hasInnerNumbering(String norm) {
        for (int i = 1; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '（' || c >= '1' && c <= '8' && i + 1 < norm.length() && norm.charAt(i + 1) == '.') {
                return true;
            }
        }
        return false;
    }

    private Node inferNext(String lastKey, Location where) {
        int i = lastKey == null ? -1 : ORDER.indexOf(lastKey);
        if (i + 1 >= ORDER.size()) {
            return null;
        }
        String next = ORDER.get(i + 1);
        if (next.startsWith("other")) {
            diagnostics.error(DiagnosticCode.S3_ROW_UNLABELLED, "a row of numbers without a label after \"" + lastKey
                    + "\": cannot tell which row it is; its numbers were not used", where, null);
            return null;
        }
        Node node = MATCHER.match(Normalizer.label(labelOf(next)), null, Matching.STRICT).target();
        diagnostics.warning(DiagnosticCode.S3_ROW_INFERRED,
                "a row of numbers without a label taken as \"" + node.label()
                + "\", the row that follows \"" + lastKey + "\" in the template", where, code(next, Applicant.NATURAL));
        return node;
    }

    private static String labelOf(String key) {
        for (CodebookEntry e : Codebook.standard().entries()) {
            if (e.code().equals("s3_" + key + "_natural")) {
                return e.rowLeaf();
            }
        }
        throw new IllegalStateException("no codebook row for " + key);
    }

    static boolean isHeader(List<Tok> labels) {
        for (Tok t : labels) {
            for (String w : HEADER_WORDS) {
                if (t.norm().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDebris(TableRow row) {
        String single = PartSplitter.singleText(row.line());
        return single != null && PageDebris.is(single);
    }

    private static String joinText(List<Tok> labels) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : labels) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text());
        }
        return sb.toString();
    }

    static String code(String key, Applicant a) {
        String[] codes = CODES.get(key);
        return codes != null ? codes[a.ordinal()] : "s3_" + key + "_" + a.suffix();
    }

    /** Whether a row key exists in the codebook (used to recognise the table outside its part). */
    static boolean isRowLabel(String norm) {
        LabelMatcher.Match<Node> m = MATCHER.match(norm, null, Matching.STRICT);
        return m != null && m.target().key() != null;
    }
}
