package io.github.nianbao.internal.read.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.internal.read.word.WordText;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocTextTest {

    private static String printed(String raw) {
        return WordText.join(DocText.pieces(raw));
    }

    @Test
    void fieldCodesKeepOnlyTheirResult() {
        assertEquals("第3页", printed("第\u0013 PAGE \\* MERGEFORMAT \u00143\u0015页\r"));
        assertEquals("共17件", printed("共\u0013 = \u0013 REF a \u0014 10\u0015 + 7 \u001417\u0015件"));
        assertEquals("无结果", printed("无\u0013 SEQ x \u0015结果"));
    }

    @Test
    void marksSplitPiecesAndControlCharactersGo() {
        assertEquals(List.of("自然人", "", ""), DocText.pieces("自然人\r\u0007"));
        assertEquals("1.属于国家秘密", printed("1.属于\u0001国家秘密\u0007"));
        assertEquals("本机关不掌握相关政府信息", printed("本机关不掌握\u000B相关政府信息"));
        assertEquals("COVID-19", printed("COVID\u001E19"));
    }
}
