package io.github.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @TempDir
    Path tmp;

    @Test
    void quotesFieldsPerRfc4180() throws IOException {
        assertEquals("plain", CsvWriter.quote("plain"));
        assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
        assertEquals("a,\"b,c\",,1\r\n", write(w -> w.text("a").text("b,c").text(null).number(1L).endRow()));
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        for (String s : List.of("=1+1", "+86 10", "-cmd", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + s, CsvWriter.neutralise(s), s);
        }
        assertEquals("阜新市海州区", CsvWriter.neutralise("阜新市海州区"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", write(w -> w.text("=HYPERLINK(\"x\")")));
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() throws IOException {
        assertEquals("-3,844.32,0,-0.5\r\n", write(w -> w.number(new BigDecimal("-3")).number("844.32")
                .number(0L).number("-0.5").endRow()));
    }

    @Test
    void somethingNotANumberInANumberColumnIsNeutralisedText() throws IOException {
        assertEquals("'-cmd|x", write(w -> w.number("-cmd|x")));
    }

    @Test
    void filesAreUtf8WithAByteOrderMark() throws IOException {
        Path f = tmp.resolve("a.csv");
        try (CsvWriter w = CsvWriter.create(f)) {
            w.row(List.of("agency")).text("海州区").endRow();
        }
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        assertEquals("\uFEFFagency\r\n海州区\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    private interface Body {
        void accept(CsvWriter w) throws IOException;
    }

    private static String write(Body body) throws IOException {
        StringWriter sw = new StringWriter();
        try (CsvWriter w = new CsvWriter(sw)) {
            body.accept(w);
        }
        return sw.toString();
    }
}
