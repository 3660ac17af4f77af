package io.github.nianbao.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.Format;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word readers against the samples' plain-text renderings: every sample DOCX and DOC gives the same headings,
 * paragraphs and table rows as the sample's .txt (a rendering of the printed document), compared cell by cell with
 * empty cells left out (the .txt, made from the printed pages, drops the blank cells of merged regions and adds page
 * numbers).
 */
class WordSamplesTest {

    static Stream<Path> samples() {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "r900" + i;
            files.add(Path.of("testdata/golden", id, id + ".docx"));
            files.add(Path.of("testdata/golden", id, id + ".doc"));
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsLikeThePrintedText(Path file) throws Exception {
        ReportText text = NianbaoParser.of(ParseOptions.DEFAULT).read(Files.readAllBytes(file));
        String name = file.getFileName().toString();
        assertEquals(name.endsWith(".docx") ? Format.DOCX : Format.DOC, text.format());
        Path txt = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt");
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(txt)) {
            String l = line.replaceFirst("^#+ ", "").strip();
            if (!l.isEmpty() && !l.matches("— \\d+ —")) {
                expected.add(nonEmptyCells(l));
            }
        }
        List<String> actual = new ArrayList<>();
        for (TextLine l : text.lines()) {
            actual.add(nonEmptyCells(l.text()));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static String nonEmptyCells(String line) {
        List<String> cells = new ArrayList<>();
        for (String c : line.split("\t")) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        return String.join("\t", cells);
    }
}
