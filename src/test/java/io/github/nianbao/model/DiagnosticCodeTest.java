package io.github.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DiagnosticCodeTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| (ERROR|WARNING|INFO) \\| (.+) \\|$");
    private static final Pattern REFERENCE = Pattern.compile("DiagnosticCode\\.([A-Z][A-Z0-9_]+)");
    private static final Pattern CALL = Pattern.compile("\\b(error|warning|info)\\(\\s*DiagnosticCode\\.([A-Z0-9_]+)");

    @Test
    void docsListEveryCodeWithItsSeverityAndMeaning() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/DIAGNOSTICS.md"), StandardCharsets.UTF_8)) {
            Matcher m = TABLE_ROW.matcher(line);
            if (m.matches()) {
                documented.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
            }
        }
        List<String> enumerated = Stream.of(DiagnosticCode.values())
                .map(c -> c.name() + " " + c.defaultSeverity() + " " + c.meaning()).toList();
        assertEquals(enumerated, documented);
    }

    /** Read from the sources: every code is raised somewhere, and always with its default severity. */
    @Test
    void everyCodeIsRaisedWithItsDefaultSeverity() throws IOException {
        Set<DiagnosticCode> referenced = EnumSet.noneOf(DiagnosticCode.class);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("DiagnosticCode.java")) {
                    continue;
                }
                String source = Files.readString(f, StandardCharsets.UTF_8);
                REFERENCE.matcher(source).results().forEach(r -> referenced.add(DiagnosticCode.valueOf(r.group(1))));
                Matcher m = CALL.matcher(source);
                while (m.find()) {
                    calls++;
                    DiagnosticCode code = DiagnosticCode.valueOf(m.group(2));
                    if (!m.group(1).equalsIgnoreCase(code.defaultSeverity().name())) {
                        wrong.add(f.getFileName() + ": " + m.group(1) + "(" + code + ")");
                    }
                }
            }
        }
        assertTrue(calls > 40, "calls found: " + calls);
        assertEquals(List.of(), wrong, "raised with another severity than the default");
        assertEquals(Set.of(), EnumSet.complementOf(EnumSet.copyOf(referenced)), "codes never raised");
    }

    @Test
    void meaningsAreOneLineOfText() {
        for (DiagnosticCode c : DiagnosticCode.values()) {
            assertFalse(c.meaning().isBlank(), c::name);
            assertFalse(c.meaning().contains("\n") || c.meaning().contains("|"), c::name);
            assertTrue(c.meaning().length() <= 110, c::name);
        }
    }
}
