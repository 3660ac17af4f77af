package io.github.nianbao;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Jazzer fuzz targets. The only acceptable outcomes are a report or a {@link NianbaoException}; any other throwable
 * (a runtime exception, {@link StackOverflowError}, {@link OutOfMemoryError}) is a finding.
 *
 * <p>In a normal {@code mvn verify} each target runs in regression mode over its committed inputs,
 * {@code src/test/resources/io/github/nianbao/ParserFuzzTestInputs/<method>/} (seeds per format, plus every crash
 * found so far). Active fuzzing, one target at a time (see docs/RELIABILITY.md):
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#parsePdf -Djazzer.max_duration=5m}.
 *
 * <p>All byte targets go through the same {@link NianbaoParser#parse(byte[], String)} (the format is sniffed from
 * content); they differ in their seeds, so each one explores one reader.
 */
class ParserFuzzTest {

    /** Tighter than the defaults so one input cannot stall a fuzzing run; large enough for every seed. */
    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.BULK.withTimeout(Duration.ofSeconds(10)));

    /** The text parser on arbitrary strings (the bytes as UTF-8). */
    @FuzzTest(maxDuration = "5m")
    void parseText(byte[] data) {
        try {
            PARSER.parseText(new String(data, StandardCharsets.UTF_8), "fuzz");
        } catch (NianbaoException expected) {
            // a clear refusal is an acceptable outcome
        }
    }

    /** Plain text bytes: charset detection (BOM, UTF-8, GB18030) and the TXT reader. */
    @FuzzTest(maxDuration = "5m")
    void parseTxt(byte[] data) {
        parse(data);
    }

    /** PDF reader, seeded with a sample PDF and a tiny hand-written one. */
    @FuzzTest(maxDuration = "5m")
    void parsePdf(byte[] data) {
        parse(data);
    }

    /** DOCX reader, seeded with a sample DOCX and a stored (uncompressed) copy whose XML mutations can reach. */
    @FuzzTest(maxDuration = "5m")
    void parseDocx(byte[] data) {
        parse(data);
    }

    /** DOC (Word 97–2003) reader, seeded with a sample DOC. */
    @FuzzTest(maxDuration = "5m")
    void parseDoc(byte[] data) {
        parse(data);
    }

    /** HTML reader, seeded with a sample page and a small table with merged cells. */
    @FuzzTest(maxDuration = "5m")
    void parseHtml(byte[] data) {
        parse(data);
    }

    private static void parse(byte[] data) {
        try {
            PARSER.parse(data, "fuzz");
        } catch (NianbaoException expected) {
            // a clear refusal is an acceptable outcome
        }
    }
}
