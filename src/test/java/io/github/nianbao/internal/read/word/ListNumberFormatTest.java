package io.github.nianbao.internal.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListNumberFormatTest {

    @Test
    void chineseCounting() {
        assertEquals("一", ListNumberFormat.format(1, "chineseCounting"));
        assertEquals("十", ListNumberFormat.format(10, "chineseCountingThousand"));
        assertEquals("十一", ListNumberFormat.format(11, "chineseCounting"));
        assertEquals("二十一", ListNumberFormat.format(21, "chineseCounting"));
        assertEquals("一百零五", ListNumberFormat.format(105, "chineseCounting"));
        assertEquals("贰拾", ListNumberFormat.format(20, "chineseLegalSimplified"));
    }

    @Test
    void otherFormats() {
        assertEquals("③", ListNumberFormat.format(3, "decimalEnclosedCircleChinese"));
        assertEquals("丙", ListNumberFormat.format(3, "ideographTraditional"));
        assertEquals("１２", ListNumberFormat.format(12, "decimalFullWidth"));
        assertEquals("xiv", ListNumberFormat.format(14, "lowerRoman"));
        assertEquals("AA", ListNumberFormat.format(27, "upperLetter"));
        assertEquals("07", ListNumberFormat.format(7, "decimalZero"));
        assertEquals("8", ListNumberFormat.format(8, "somethingNew"));
    }
}
