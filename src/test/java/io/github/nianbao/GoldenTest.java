package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
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

/**
 * Golden files: every input file in every folder of {@code testdata/golden/} is parsed and compared with the
 * folder's {@code expected.json} (or a file's own {@code <name>.expected.json}). A new case is a new folder.
 *
 * <p>expected.json: {@code template}, {@code year}, {@code agency} (each checked when present), {@code cells}
 * (every listed code must hold exactly that number; {@code null} = must be null), {@code allowErrors} (default
 * false: no ERROR diagnostic allowed), {@code diagnostics} (codes that must be present).
 */
class GoldenTest {

    private static final Path ROOT = Path.of("testdata", "golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void matchesExpected(Path input) throws IOException {
        JsonNode expected = JSON.readTree(expectedFile(input).toFile());
        AnnualReport report = Nianbao.parse(input);
        List<String> problems = new ArrayList<>();
        check(problems, "template", expected.path("template"), report.template().code());
        if (expected.has("year")) {
            check(problems, "year", expected.get("year"), report.year() == null ? null : report.year().toString());
        }
        check(problems, "agency", expected.path("agency"), report.agency());
        Iterator<Map.Entry<String, JsonNode>> it = expected.path("cells").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            CellValue v = report.cell(e.getKey());
            if (e.getValue().isNull()) {
                if (v.value() != null) {
                    problems.add(e.getKey() + ": expected null, got " + v.value() + " (raw " + v.raw() + ")");
                }
            } else if (v.value() == null || v.value().compareTo(new BigDecimal(e.getValue().asText())) != 0) {
                problems.add(e.getKey() + ": expected " + e.getValue().asText() + ", got " + v.value() + " (raw \""
                        + v.raw() + "\" at " + v.location() + ")");
            }
        }
        if (!expected.path("allowErrors").asBoolean(false)) {
            for (Diagnostic d : report.diagnostics(Severity.ERROR)) {
                problems.add("unexpected " + d);
            }
        }
        for (JsonNode code : expected.path("diagnostics")) {
            boolean present = report.diagnostics().stream().anyMatch(d -> d.code().name().equals(code.asText()));
            if (!present) {
                problems.add("missing diagnostic " + code.asText());
            }
        }
        assertTrue(problems.isEmpty(), () -> input + ":\n  " + String.join("\n  ", problems)
                + "\n  diagnostics: " + report.diagnostics());
    }

    private static void check(List<String> problems, String what, JsonNode expected, String actual) {
        if (expected.isMissingNode()) {
            return;
        }
        String want = expected.isNull() ? null : expected.asText();
        if (want == null ? actual != null : !want.equals(actual)) {
            problems.add(what + ": expected " + want + ", got " + actual);
        }
    }

    private static Path expectedFile(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path own = input.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".expected.json");
        Path folder = input.resolveSibling("expected.json");
        Path found = Files.exists(own) ? own : folder;
        assertTrue(Files.exists(found), "no expected.json for " + input);
        assertEquals(found, found);
        return found;
    }
}
