package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.DiagnosticCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every input file in every folder of {@code testdata/golden/} is parsed and compared with the
 * folder's {@code expected.json} (or a file's own {@code <name>.expected.json}). A new case is a new folder.
 *
 * <p>Each input's format must be the one its extension names. expected.json (testdata/README.md): {@code template}, {@code year}, {@code agency}, {@code title}
 * (required; {@code null} = must be null), {@code cells} (every listed code must hold exactly that number;
 * {@code null} = must be null), {@code diagnostics} (required: exactly the set of diagnostic codes every input
 * of the folder produces, so an ERROR is there only when pinned) and {@code fileDiagnostics} (file name → the set
 * for that file instead).
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
        for (String field : List.of("template", "year", "agency", "title")) {
            assertTrue(expected.has(field), () -> expectedFile(input) + " has no " + field);
        }
        check(problems, "format", formatOf(input), report.format().name());
        check(problems, "template", expected.get("template"), report.template().code());
        check(problems, "year", expected.get("year"), report.year() == null ? null : report.year().toString());
        check(problems, "agency", expected.get("agency"), report.agency());
        check(problems, "title", expected.get("title"), report.title());
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
        Set<String> want = codes(expectedDiagnostics(expected, input));
        Set<String> got = new TreeSet<>();
        report.diagnostics().forEach(d -> got.add(d.code().name()));
        if (!want.equals(got)) {
            problems.add("diagnostic codes: expected " + want + ", got " + got);
        }
        assertTrue(problems.isEmpty(), () -> input + ":\n  " + String.join("\n  ", problems)
                + "\n  diagnostics: " + report.diagnostics());
    }

    /** Golden inputs are named truthfully (misnamed files are testdata/bad's business): the extension is the format. */
    private static JsonNode formatOf(Path input) {
        String name = input.getFileName().toString();
        return JSON.getNodeFactory().textNode(name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
    }

    private static JsonNode expectedDiagnostics(JsonNode expected, Path input) {
        JsonNode own = expected.path("fileDiagnostics").path(input.getFileName().toString());
        JsonNode pinned = own.isMissingNode() ? expected.get("diagnostics") : own;
        assertTrue(pinned != null && pinned.isArray(), () -> expectedFile(input) + " pins no diagnostics for " + input);
        return pinned;
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> out = new TreeSet<>();
        for (JsonNode code : array) {
            DiagnosticCode.valueOf(code.asText());
            out.add(code.asText());
        }
        return out;
    }

    private static void check(List<String> problems, String what, JsonNode expected, String actual) {
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
        return found;
    }
}
