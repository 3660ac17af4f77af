package io.github.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StataDoFileTest {

    @Test
    void everyCodebookLabelFitsStataAndKeepsItsColumn() {
        for (CodebookEntry e : Codebook.standard().entries()) {
            String label = StataDoFile.label(e);
            assertTrue(label.codePointCount(0, label.length()) <= StataDoFile.MAX_LABEL, label);
            assertTrue(label.endsWith(e.columnLeaf()), label);
            assertTrue(label.contains(e.rowLeaf().substring(0, Math.min(10, e.rowLeaf().length()))), label);
        }
    }

    @Test
    void shortLabelsAreTheFullRowPathAndColumn() {
        CodebookEntry e = Codebook.standard().entry("s3_new_natural").orElseThrow();
        assertEquals(e.rowLabel() + " × " + e.columnLabel(), StataDoFile.label(e));
    }

    @Test
    void labelsEveryColumnAndQuotesSafely() {
        List<String> columns = new ArrayList<>(List.of("source", "agency"));
        columns.addAll(Codebook.standard().allCodes());
        String doFile = StataDoFile.loadWide("wide.csv", columns, Map.of("source", "源文件", "agency",
                "say \"机构\" `x' $y"), Codebook.standard());
        assertTrue(doFile.contains("import delimited using \"wide.csv\", encoding(\"utf-8\") varnames(1)"));
        for (String c : columns) {
            assertTrue(doFile.contains("\nlabel variable " + c + " `\""), c);
        }
        assertTrue(doFile.contains("label variable agency `\"say \"机构\" ｀x' ＄y\"'"), doFile);
        assertTrue(doFile.contains("label variable s3_new_natural `\"一、本年新收政府信息公开申请数量 × 自然人\"'"));
    }
}
