package io.github.nianbao.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.text.DocumentInfo;
import org.junit.jupiter.api.Test;

class TxtHeaderBlockTest {

    @Test
    void fieldsSharingALineAreEachRead() {
        TxtHeaderBlock.Header h = TxtHeaderBlock.read(new String[] {
            "标题：阜新市自然资源局2025年政府信息公开工作年度报告",
            "索引号：11797699392939328/2026-00876 发布机构：阜新市自然资源局",
            "发布日期：2026-01-16 主题分类：政府信息公开年报",
            "原文链接：https://example.gov.cn/a.htm",
            "正文：",
            "本报告根据……"});
        assertEquals(new DocumentInfo("阜新市自然资源局2025年政府信息公开工作年度报告", "阜新市自然资源局", "2026-01-16",
                "11797699392939328/2026-00876", 0, "https://example.gov.cn/a.htm"), h.info());
        assertEquals(5, h.lines());
    }

    @Test
    void anEmptyFieldLeavesTheNextOneOfItsKind() {
        TxtHeaderBlock.Header h = TxtHeaderBlock.read(new String[] {"发布时间：", "发布日期：2022-03-07", "来源：政府信息公开办",
            "===== 正文 ====="});
        assertEquals("2022-03-07", h.info().publishDate());
        assertEquals("政府信息公开办", h.info().publisher());
    }

    @Test
    void withoutABodyMarkThereIsNoHeader() {
        TxtHeaderBlock.Header h = TxtHeaderBlock.read(new String[] {"索引号：1 发布机构：某局", "一、总体情况"});
        assertEquals(DocumentInfo.EMPTY, h.info());
        assertEquals(0, h.lines());
    }
}
