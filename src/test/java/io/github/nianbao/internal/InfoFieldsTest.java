package io.github.nianbao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.InfoFields.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InfoFieldsTest {

    @Test
    void fieldsRunTogetherOnOneLineAreSplitByTheirLabels() {
        List<Field> f = InfoFields.split("索引号:11797699392939328/2026-00876发布机构:阜新市自然资源局");
        assertEquals(List.of(new Field("索引号", "11797699392939328/2026-00876"), new Field("发布机构", "阜新市自然资源局")), f);
        f = InfoFields.split("发布日期：2026-01-16  主题分类：政府信息公开年报  文号：  成文日期：2026-01-10");
        assertEquals(List.of(new Field("发布日期", "2026-01-16"), new Field("主题分类", "政府信息公开年报"), new Field("文号", ""),
                new Field("成文日期", "2026-01-10")), f);
    }

    @Test
    void ocrNoiseAroundTheColonIsNotPartOfTheValue() {
        List<Field> f = InfoFields.split("索引号:“11677085563719190/2025-00110发布机构:，辽宁省住房和城乡建设厅");
        assertEquals("11677085563719190/2025-00110", InfoFields.value(f, "索引号"));
        assertEquals("辽宁省住房和城乡建设厅", InfoFields.value(f, "发布机构"));
        assertEquals("政府信息公开年报", InfoFields.value(InfoFields.split("发布日期: 2025-01-23主题分类:”政府信息公开年报"),
                "主题分类"));
        assertEquals("2021-01-11", InfoFields.value(InfoFields.split("发布日期；2021-01-11"), "发布日期"));
    }

    @Test
    void theLongestLabelWinsAndALabelNeedsItsColon() {
        List<Field> f = InfoFields.split("信息来源：三明市政府办 原文链接：https://www.sm.gov.cn/a.htm");
        assertEquals(List.of(new Field("信息来源", "三明市政府办"), new Field("原文链接", "https://www.sm.gov.cn/a.htm")), f);
        f = InfoFields.split("主题分类：政府信息公开年报来源说明");
        assertEquals(List.of(new Field("主题分类", "政府信息公开年报来源说明")), f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"辽宁省住房和城乡建设厅2024年政府信息公开工作年度报告", "本报告根据《条例》规定编制。来源：本机关",
        "发布机构阜新市自然资源局", "当前位置:首页>政府信息公开", ""})
    void otherLinesAreNoFieldLines(String line) {
        assertFalse(InfoFields.isFieldLine(line));
        assertTrue(InfoFields.split(line).isEmpty());
    }

    @Test
    void anEmptyValueIsNoValue() {
        assertNull(InfoFields.value(InfoFields.split("发布机构：  索引号：123"), "发布机构"));
        assertEquals("123", InfoFields.value(InfoFields.split("发布机构：  索引号：123"), "发布机构", "索引号"));
    }
}
