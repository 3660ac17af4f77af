package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every web page among the golden fixtures, end to end through the parser: every cell, template, year, agency. */
class HtmlSamplesTest {

    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.DEFAULT);

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("testdata", "golden"))) {
            List<Path> html = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
            assertTrue(html.size() >= 14, "expected the sample and hand-made pages, found " + html.size());
            return html.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyCellMatches(Path page) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(page.resolveSibling("expected.json").toFile());
        AnnualReport report = PARSER.parse(Files.readAllBytes(page), page.getFileName().toString());
        List<String> problems = new ArrayList<>();
        if (report.format() != Format.HTML) {
            problems.add("format " + report.format());
        }
        compare(problems, "template", expected.get("template").asText(), report.template().code());
        compare(problems, "year", expected.get("year").asText(), String.valueOf(report.year()));
        compare(problems, "agency", expected.get("agency").asText(), report.agency());
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("cells").fields();
        int cells = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            CellValue v = report.cell(e.getKey());
            if (v.value() == null || v.value().compareTo(new BigDecimal(e.getValue().asText())) != 0) {
                problems.add(e.getKey() + ": expected " + e.getValue().asText() + ", got " + v.value() + " (raw \""
                        + v.raw() + "\" at " + v.location() + ")");
            }
            cells++;
        }
        for (Diagnostic d : report.diagnostics(Severity.ERROR)) {
            problems.add("unexpected " + d);
        }
        assertFalse(cells < 40, "expected.json lists only " + cells + " cells");
        assertEquals(List.of(), problems, page.toString());
    }

    private static void compare(List<String> problems, String what, String want, String got) {
        if (!want.equals(got)) {
            problems.add(what + ": expected " + want + ", got " + got);
        }
    }
}
