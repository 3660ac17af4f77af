package io.github.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Nianbao;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnualReportTest {

    private static AnnualReport r9001() throws IOException {
        return Nianbao.parse(Path.of("testdata/golden/r9001/r9001.txt"));
    }

    @Test
    void aCodebookCodeGivesTheValuePrinted() throws IOException {
        AnnualReport r = r9001();
        assertEquals(Template.F2019, r.template());
        assertEquals(new BigDecimal("17"), r.value("s3_new_total"));
        assertEquals("17", r.cell("s3_new_total").raw());
    }

    @Test
    void aCodeOfTheOtherTemplateIsAMissingCellNotAnError() throws IOException {
        AnnualReport r = r9001();
        assertTrue(Codebook.standard().contains("s3_other_nocorrect_natural"));
        assertNull(r.value("s3_other_nocorrect_natural"));
        assertNull(r.cell("s3_other_nocorrect_natural").raw());
    }

    @Test
    void anUnknownCodeIsAProgrammingError() throws IOException {
        AnnualReport r = r9001();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.value("typo"));
        assertTrue(e.getMessage().contains("\"typo\" is not a codebook code"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.cell("S3_NEW_TOTAL"), "codes are lower case");
        assertThrows(NullPointerException.class, () -> r.value(null));
    }

    @Test
    void aLegacyReportHasNoCellsButAcceptsEveryCode() {
        AnnualReport legacy = new AnnualReport(null, null, Template.LEGACY, null, null, Map.of(),
                List.of());
        assertNull(legacy.value("s3_new_total"));
        assertThrows(IllegalArgumentException.class, () -> legacy.value("s3_new_totl"));
    }
}
