package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.NamedCells;
import io.github.nianbao.Nianbao;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.DiagnosticCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that lost the table's grid, made from the golden samples the way crawlers make it: the article on one line
 * with the cells run together, or one text node per line with empty cells dropped and equal neighbours merged.
 * Zeros printed as empty cells make rows sparse, so that several readings exist. Whatever the form, every cell is
 * the sample's value, or null with a WARNING naming it (or a cell of its row or column): never a wrong number.
 */
class TokenStreamTest {

    @ParameterizedTest
    @ValueSource(strings = {"r9001", "r9002", "r9003", "r9004", "r9005", "r9006", "haizhou-2024"})
    void runOnTextIsNeverWrong(String id) throws Exception {
        check(id, runOn(RecoveryTest.sample(id), false), 0.90);
        check(id, runOn(RecoveryTest.sample(id), true), 0.35);
    }

    @ParameterizedTest
    @ValueSource(strings = {"r9001", "r9002", "r9003", "r9004", "r9005", "r9006", "haizhou-2024"})
    void oneNodePerLineIsNeverWrong(String id) throws Exception {
        check(id, nodes(RecoveryTest.sample(id), false), 0.60);
        check(id, nodes(RecoveryTest.sample(id), true), 0.35);
    }

    @Test
    void aNumberCutOverTwoLinesIsRejoinedOnlyWhereTheRowAddsUp() throws Exception {
        String text = nodes(RecoveryTest.sample("r9001"), false);
        // 一、本年新收: 7 2 3 2 0 3 17 → the 17 cut by markup into "1" and "7"
        String cut = text.replaceFirst("(一、本年新收政府信息公开申请数量\n(?:[^\n]*\n){6})17\n", "$11\n7\n");
        assertTrue(!cut.equals(text), "the fixture changed");
        AnnualReport r = Nianbao.parseText(cut);
        assertEquals(0, new BigDecimal(17).compareTo(r.value("s3_new_total")));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.TEXT_NODES_REPAIRED
                && "s3_new_natural".equals(d.cell())), r.diagnostics()::toString);
    }

    @Test
    void aHeadingOfTheTableIsNotAPartHeading() {
        String line = "三、收到和处理政府信息公开申请情况 申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                + "一、本年新收政府信息公开申请数量7232031 7二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开"
                + "3010004（二）部分公开1000001（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000"
                + "四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况 行政复议";
        List<io.github.nianbao.text.TextLine> out = RunOnText.expand(List.of(new io.github.nianbao.text.TextLine(
                io.github.nianbao.text.LineKind.PARAGRAPH, List.of(new io.github.nianbao.text.TextCell(line, null)),
                null)));
        List<String> texts = out.stream().map(io.github.nianbao.text.TextLine::text).toList();
        assertTrue(texts.contains("1.属于国家秘密0000000"), texts::toString);
        assertTrue(texts.contains("2.其他法律行政法规禁止公开0000000"), texts::toString);
        assertTrue(texts.contains("四、结转下年度继续办理0000000"), texts::toString);
        assertTrue(texts.contains("四、政府信息公开行政复议、行政诉讼情况"), texts::toString);
    }

    /** Every cell of the sample is read right, or null and named; at least {@code share} of them are read. */
    private static void check(String id, String text, double share) throws Exception {
        AnnualReport want = Nianbao.parseText(RecoveryTest.sample(id));
        AnnualReport got = Nianbao.parseText(text);
        assertEquals(want.template(), got.template(), id);
        int right = 0;
        int all = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, CellValue> e : want.cells().entrySet()) {
            BigDecimal w = e.getValue().value();
            if (w == null) {
                continue;
            }
            all++;
            BigDecimal g = got.value(e.getKey());
            if (g != null && g.compareTo(w) == 0) {
                right++;
            } else if (g != null || !NamedCells.named(e.getKey(), got.diagnostics())) {
                problems.add(e.getKey() + ": " + w + " → " + g);
            }
        }
        assertEquals(List.of(), problems, () -> id + " " + got.diagnostics());
        assertTrue(right >= share * all, id + ": " + right + " of " + all + " cells read");
    }
    /** The sample as one line, the cells run together; zeros left empty when {@code sparse}. */
    static String runOn(String sample, boolean sparse) {
        StringBuilder sb = new StringBuilder();
        for (String line : sample.split("\n")) {
            for (String cell : line.split("\t")) {
                String c = cell.strip();
                if (c.isEmpty() || sparse && c.equals("0")) {
                    continue;
                }
                sb.append(c);
            }
            if (!line.contains("\t")) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The sample as one text node per line, empty cells dropped and equal neighbouring lines merged. */
    static String nodes(String sample, boolean sparse) {
        List<String> out = new ArrayList<>();
        for (String line : sample.split("\n")) {
            for (String cell : line.split("\t")) {
                String c = cell.strip();
                if (c.isEmpty() || sparse && c.equals("0")) {
                    continue;
                }
                if (out.isEmpty() || !out.get(out.size() - 1).equals(c)) {
                    out.add(c);
                }
            }
        }
        return String.join("\n", out) + "\n";
    }
}
