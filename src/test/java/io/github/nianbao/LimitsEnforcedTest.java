package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.model.Format;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reader enforces the {@link ParseOptions} limits: a sample report in each format, read with one limit set
 * very low, fails with that limit's reason.
 */
class LimitsEnforcedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PDF, testdata/bad/encrypted-no-user-password.pdf",
        "DOCX, testdata/bad/docx-named.doc",
        "DOC, testdata/golden/r9001/r9001.doc",
        "HTML, testdata/bad/html-named.pdf",
        "TXT, testdata/bad/gbk.txt"})
    void tableCells(Format format, Path file) throws Exception {
        expect(format, file, ParseOptions.DEFAULT.withMaxTableCells(20), Reason.LIMIT_EXCEEDED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PDF, testdata/bad/encrypted-no-user-password.pdf",
        "DOCX, testdata/bad/docx-named.doc",
        "DOC, testdata/golden/r9001/r9001.doc",
        "HTML, testdata/bad/html-named.pdf"})
    void timeout(Format format, Path file) throws Exception {
        expect(format, file, ParseOptions.DEFAULT.withTimeout(Duration.ofNanos(1)), Reason.TIMEOUT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("PDF, testdata/bad/encrypted-no-user-password.pdf")
    void pages(Format format, Path file) throws Exception {
        expect(format, file, ParseOptions.DEFAULT.withMaxPages(1), Reason.LIMIT_EXCEEDED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PDF, testdata/bad/encrypted-no-user-password.pdf",
        "DOCX, testdata/bad/docx-named.doc",
        "HTML, testdata/bad/html-named.pdf",
        "TXT, testdata/bad/gbk.txt"})
    void bytes(Format format, Path file) throws Exception {
        expect(format, file, ParseOptions.DEFAULT.withMaxBytes(1000), Reason.TOO_LARGE);
    }

    private static void expect(Format format, Path file, ParseOptions options, Reason reason) throws Exception {
        assertEquals(format, NianbaoParser.of(ParseOptions.DEFAULT).parse(file).format(), file::toString);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                NianbaoParser.of(options).parse(file);
                fail(file + " parsed despite " + options);
            } catch (NianbaoException e) {
                assertEquals(reason, e.reason(), e::getMessage);
            }
        });
    }
}
