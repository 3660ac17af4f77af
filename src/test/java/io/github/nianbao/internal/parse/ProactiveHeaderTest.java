package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Nianbao;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Section 二 header rows that name no column (the column labels missing or unreadable, as OCR leaves them). */
class ProactiveHeaderTest {

    private static final Charset GB = Charset.forName("GB18030");

    @Test
    void headerRowWithoutColumnLabelsDoesNotStopTheParse() throws IOException {
        String page = new String(Files.readAllBytes(Path.of("testdata", "golden", "r9001", "r9001.html")), GB);
        String header = "<td>信息内容</td>\n<td>本年新制作数量</td>\n<td>本年新公开数量</td>\n<td>对外公开总数量</td>";
        assertTrue(page.contains(header));
        String damaged = page.replaceFirst(header, "<td>信息内容</td>");
        AnnualReport before = Nianbao.parse(new ByteArrayInputStream(page.getBytes(GB)), "r9001.html");
        AnnualReport after = Nianbao.parse(new ByteArrayInputStream(damaged.getBytes(GB)), "r9001.html");
        for (Map.Entry<String, CellValue> e : before.cells().entrySet()) {
            String code = e.getKey();
            BigDecimal want = e.getValue().value();
            BigDecimal got = after.value(code);
            boolean same = want == null ? got == null : got != null && want.compareTo(got) == 0;
            boolean named = after.diagnostics().stream()
                    .anyMatch(d -> d.severity() != Severity.INFO && d.cell() != null && d.cell().startsWith("s2_"));
            assertTrue(same || code.startsWith("s2_") && named, () -> code + ": " + want + " became " + got);
        }
        assertEquals(before.cells().size(), after.cells().size());
    }
}
