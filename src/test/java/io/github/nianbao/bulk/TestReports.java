package io.github.nianbao.bulk;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Narrative;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Synthetic reports for engine and export tests that must not depend on the parser's coverage. */
final class TestReports {

    /** The agency of {@link #synthetic}: a text a spreadsheet would run as a formula. */
    static final String FORMULA_AGENCY = "=HYPERLINK(\"http://x\",\"某局\")";

    private TestReports() {
    }

    /**
     * A 2021-template report whose cells are numbered in codebook order minus 3 (so the first three are negative)
     * plus one decimal; the content's first line is the title.
     */
    static AnnualReport synthetic(byte[] data, String source) {
        String title = new String(data, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        Map<String, CellValue> cells = new LinkedHashMap<>();
        List<CodebookEntry> entries = Codebook.standard().entries(Template.F2021);
        for (int i = 0; i < entries.size(); i++) {
            String code = entries.get(i).code();
            BigDecimal v = i == 5 ? new BigDecimal("844.32") : BigDecimal.valueOf(i - 3L);
            cells.put(code, new CellValue(code, v, v.toPlainString(), new Location(i + 1, 0, 1, i + 1, 2)));
        }
        return new AnnualReport(source, Format.TXT, Template.F2021,
                new Metadata(title, FORMULA_AGENCY, 2023, null, null, null), Narrative.EMPTY, cells, List.of());
    }

    /** Writes {@code n} distinct small text files named {@code f000.txt}… into {@code dir}. */
    static void writeFiles(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("f%03d.txt", i)), "报告" + i + "\n正文\n");
        }
    }
}
