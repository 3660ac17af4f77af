package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.OcrReading;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Doubtful OCR digits against the template's sums: confirmed, corrected one way only, or named. */
class OcrArithmeticTest {

    private static final String[] ROW = {"s3_new_natural", "s3_new_business", "s3_new_research", "s3_new_ngo",
        "s3_new_legal", "s3_new_otherorg", "s3_new_total"};

    /** Row 一 of section 三 with these values; {@code ocr} gives a reading to some cells. */
    private static Map<String, CellValue> row(int[] values, Map<String, OcrReading> ocr) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < ROW.length; i++) {
            cells.put(ROW[i], new CellValue(ROW[i], BigDecimal.valueOf(values[i]), Integer.toString(values[i]),
                    Location.UNKNOWN, ocr.getOrDefault(ROW[i], OcrReading.BLANK)));
        }
        return cells;
    }

    private static OcrReading doubtful(String... alternatives) {
        return new OcrReading(0.6, true, java.util.Arrays.stream(alternatives)
                .map(a -> new OcrReading.Alternative(a, 0.3)).toList());
    }

    private static List<Diagnostic> codes(DiagnosticList d, DiagnosticCode code) {
        return d.toList().stream().filter(x -> x.code() == code).toList();
    }

    @Test
    void theOneNextBestReadingThatMakesTheSumHoldIsTaken() {
        DiagnosticList d = new DiagnosticList(100);
        Map<String, CellValue> out = OcrArithmetic.check(row(new int[] {7, 2, 3, 2, 0, 3, 11},
                Map.of("s3_new_natural", doubtful("1", "4"))), d);
        assertEquals(BigDecimal.ONE, out.get("s3_new_natural").value());
        assertEquals("1", out.get("s3_new_natural").raw());
        List<Diagnostic> info = codes(d, DiagnosticCode.OCR_CORRECTED);
        assertEquals(1, info.size(), d.toList().toString());
        assertEquals("s3_new_natural", info.get(0).cell());
        assertTrue(codes(d, DiagnosticCode.OCR_DOUBTFUL).isEmpty(), "the corrected cell is confirmed now");
    }

    @Test
    void twoWaysToMakeTheSumHoldChangeNothingAndNameTheCells() {
        DiagnosticList d = new DiagnosticList(100);
        Map<String, CellValue> out = OcrArithmetic.check(row(new int[] {7, 8, 3, 2, 0, 3, 17},
                Map.of("s3_new_natural", doubtful("1"), "s3_new_business", doubtful("2"))), d);
        assertEquals(BigDecimal.valueOf(7), out.get("s3_new_natural").value());
        assertEquals(BigDecimal.valueOf(8), out.get("s3_new_business").value());
        assertTrue(codes(d, DiagnosticCode.OCR_CORRECTED).isEmpty());
        assertEquals(List.of("s3_new_natural", "s3_new_business"),
                codes(d, DiagnosticCode.OCR_DOUBTFUL).stream().map(Diagnostic::cell).toList());
    }

    @Test
    void aDoubtfulCellInASumThatHoldsStands() {
        DiagnosticList d = new DiagnosticList(100);
        OcrArithmetic.check(row(new int[] {7, 2, 3, 2, 0, 3, 17}, Map.of("s3_new_natural", doubtful("1"))), d);
        assertTrue(d.toList().isEmpty(), d.toList().toString());
    }

    @Test
    void cellsReadFromTextAreLeftAlone() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (String code : ROW) {
            cells.put(code, new CellValue(code, BigDecimal.ONE, "1", Location.UNKNOWN));
        }
        DiagnosticList d = new DiagnosticList(100);
        assertSame(cells, OcrArithmetic.check(cells, d));
        assertTrue(d.toList().isEmpty());
    }
}
