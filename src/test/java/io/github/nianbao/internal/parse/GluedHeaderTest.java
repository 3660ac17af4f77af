package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 二 column labels printed without separators are split into the template's labels. */
class GluedHeaderTest {

    private static final List<String> LABELS = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量");

    @Test
    void labelsAsPrintedAreSplit() {
        GluedHeader.Split s = GluedHeader.split("本年制发件数本年废止件数现行有效件数", LABELS, LABELS);
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), s.labels());
        assertEquals(0, s.edits());
    }

    @Test
    void aCharacterOffAndMarksFromSpeckleAreTolerated() {
        GluedHeader.Split s = GluedHeader.split("。”本年制发件数本年刻止件数现行有效件数", LABELS, LABELS);
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), s.labels());
        assertEquals(3, s.edits());
    }

    @Test
    void aLabelMissingACharacterIsStillFound() {
        GluedHeader.Split s = GluedHeader.split("本年制件数本年废止件数", LABELS, LABELS);
        assertEquals(List.of("本年制发件数", "本年废止件数"), s.labels());
    }

    @Test
    void textThatIsNotLabelsIsNotSplit() {
        assertNull(GluedHeader.split("本年制发件数其他说明文字", LABELS, LABELS));
        assertNull(GluedHeader.split("本年刻止件数", LABELS, LABELS), "one label is not a split");
    }
}
