package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class PageRulesTest {

    @Test
    void chromeLinesOfEveryKindAreRecognised() {
        for (String line : new String[] {"当前位置：首页 > 政务公开", "您现在的位置：首页", "您的位置：首页", "现在位置：首页",
            "所在位置：首页", "分享到：微信", "分享：", "打印本页", "【打印本页】", "【关闭窗口】", "关闭窗口", "【 打印 】",
            "【关闭】", "字号：大 中 小", "【字体：大 中 小】", "【 字号:大】", " 字号：大", "\t字体：小", "发布机构：某局",
            "来源 ：某局", "服务对象分类:公众"}) {
            assertTrue(PageRules.isChromeLine(line), line);
        }
    }

    @Test
    void contentLinesAreNotChrome() {
        for (String line : new String[] {"", "一、总体情况", "本年发布信息120条", "发布机构", "所属单位：某局", "分享经验",
            "【案例】某局"}) {
            assertFalse(PageRules.isChromeLine(line), line);
        }
    }

    @Test
    void nameVerdictsMatchWordsInsideNamesAndWholeWordParts() {
        assertEquals(PageRules.CHROME_NAME, PageRules.nameVerdict("mainnav"));
        assertEquals(PageRules.CHROME_NAME, PageRules.nameVerdict("page-header"));
        assertEquals(0, PageRules.nameVerdict("headline"));
        assertEquals(PageRules.BODY_NAME, PageRules.nameVerdict("trs_editor"));
        assertEquals(PageRules.BODY_NAME, PageRules.nameVerdict("news_text"));
        assertEquals(PageRules.BODY_NAME, PageRules.nameVerdict("art zw"));
        assertEquals(PageRules.CHROME_NAME | PageRules.BODY_NAME, PageRules.nameVerdict("content_top"));
        assertEquals(PageRules.CHROME_NAME, PageRules.nameVerdict("content share"));
        assertEquals(0, PageRules.nameVerdict(""));
    }

    @Test
    void hiddenByAttributeOrStyleWrittenInAnyCase() {
        Element p = Jsoup.parse("<p STYLE='Display : NONE'>x</p><p HIDDEN>y</p><p style='display:block'>z</p>", "",
                Parser.htmlParser()).selectFirst("p");
        assertTrue(PageRules.isHiddenElement(p));
        assertTrue(PageRules.isHiddenElement(p.nextElementSibling()));
        assertFalse(PageRules.isHiddenElement(p.nextElementSibling().nextElementSibling()));
    }
}
