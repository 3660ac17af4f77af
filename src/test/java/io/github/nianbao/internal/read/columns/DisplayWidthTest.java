package io.github.nianbao.internal.read.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void wideAndFullWidthCharactersTakeTwoColumns() {
        assertEquals(2, DisplayWidth.of('政'));
        assertEquals(2, DisplayWidth.of('，'));
        assertEquals(2, DisplayWidth.of('１'), "full-width digit");
        assertEquals(2, DisplayWidth.of('\u3000'), "ideographic space");
        assertEquals(2, DisplayWidth.of(0x20000), "CJK extension B");
        assertEquals(1, DisplayWidth.of('1'));
        assertEquals(1, DisplayWidth.of('“'), "ambiguous width counts as narrow");
        assertEquals(1, DisplayWidth.of('ｱ'), "half-width katakana");
        assertEquals(0, DisplayWidth.of('\u0301'), "combining mark");
        assertEquals(0, DisplayWidth.of('\u200B'), "zero-width space");
        assertEquals(12, DisplayWidth.of("二、上年结转"));
        assertEquals(8, DisplayWidth.of("规章 0 1"));
    }
}
