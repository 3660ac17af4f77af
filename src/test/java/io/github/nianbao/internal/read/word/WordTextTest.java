package io.github.nianbao.internal.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTextTest {

    @Test
    void cleanTrimsCollapsesAndKeepsTextAsPrinted() {
        assertEquals("一、 总体情况", WordText.clean("\u3000\u3000一、 \t总体情况\u200B\r\n"));
        assertEquals("（一）１４", WordText.clean("（一）１４"));
        assertEquals("", WordText.clean(" \u00A0\u0007 "));
    }

    @Test
    void joinUsesNoSpaceNextToCjkAndOneSpaceBetweenLatinWords() {
        assertEquals("三、本年度办理结果", WordText.join(List.of("三、本年度", "办理结果")));
        assertEquals("1.属于国家秘密", WordText.join(List.of("1.", "属于国家秘密")));
        assertEquals("total amount 12", WordText.join(List.of("total", " ", "amount", "12")));
    }

    @Test
    void headingRules() {
        assertTrue(HeadingRules.isHeadingStyleName("heading 2"));
        assertTrue(HeadingRules.isHeadingStyleName("标题 3"));
        assertTrue(HeadingRules.isHeadingStyleName("Title"));
        assertFalse(HeadingRules.isHeadingStyleName("Normal"));
        assertFalse(HeadingRules.isHeadingStyleName("Heading Char"));
        assertTrue(HeadingRules.isBoldHeadingText("（一）主动公开情况"));
        assertFalse(HeadingRules.isBoldHeadingText("本年度共收到申请17件。"));
        assertFalse(HeadingRules.isHeadingOutlineLevel(9));
    }
}
