package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "12|12", "1,234|1234", "１２|12", "１，２３４|1234", "251000元|251000", "24252.311082|24252.311082",
        "-18|-18", "－3|-3", "5件|5", "844.32万元|844.32", "'  7 '|7", "７項|", "abc|", "1,23|"})
    void numbers(String raw, String expected) {
        ValueToken t = ValueToken.parse(raw);
        if (expected == null) {
            assertEquals(ValueToken.Kind.TEXT, t.kind(), raw);
        } else {
            assertEquals(ValueToken.Kind.NUMBER, t.kind(), raw);
            assertEquals(0, new BigDecimal(expected).compareTo(t.value()), raw);
        }
    }

    @ParameterizedTest
    @CsvSource({"—", "-", "/", "／", "无", "——", "--"})
    void zeroMarks(String raw) {
        ValueToken t = ValueToken.parse(raw);
        assertEquals(ValueToken.Kind.ZERO_MARK, t.kind());
        assertEquals(BigDecimal.ZERO, t.value());
    }

    @Test
    void blankIsZeroButKnownAsBlank() {
        ValueToken t = ValueToken.parse("  ");
        assertTrue(t.isBlank());
        assertEquals(BigDecimal.ZERO, t.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(一) 予以公开|（一）予以公开", "1、属于国家秘密|1.属于国家秘密", "１．属于国家秘密|1.属于国家秘密",
        "总 计|总计", "一．总体情况|一、总体情况", "\"三安全一稳定\"|三安全一稳定", "“三安全一稳定”|三安全一稳定",
        "⼀、总体情况|一、总体情况", "3其他|3.其他", "12月|12月", "(七总计|（七）总计", "（十一）其他|（十一）其他"})
    void labelNormalisation(String printed, String expected) {
        assertEquals(expected, Normalizer.label(printed));
    }

    @Test
    void fullWidthBracketsAreNotRewritten() {
        assertEquals("（一）", Normalizer.label("（一）"));
    }

    @Test
    void numberingMustAgree() {
        LabelMatcher<String> m = new LabelMatcher<String>()
                .add("secret", "1.属于国家秘密", "g").add("law", "2.其他法律行政法规禁止公开", "g");
        assertEquals("law", m.match(Normalizer.label("2.其他法律行政止公开"), "g", Matching.LENIENT).target());
        assertNull(m.match(Normalizer.label("1.其他法律行政止公开"), "g", Matching.LENIENT));
        assertNull(m.match(Normalizer.label("2.其他法律行政止公开"), "g", Matching.STRICT));
    }

    @Test
    void theHeadOfAWrappedLabelMayBeOneCharacterOffInTen() {
        LabelMatcher<String> m = new LabelMatcher<String>()
                .add("nofee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "g")
                .add("other", "3.其他", "g");
        LabelMatcher.Match<String> head = m.match(Normalizer.label("2、申请人和逾期未按收费通知要求缴纳费用、行政"), "g",
                Matching.LENIENT);
        assertEquals("nofee", head.target());
        assertTrue(head.fuzzy());
        assertNull(m.match(Normalizer.label("2、申请和人期未按收费通知要缴纳费用"), "g", Matching.LENIENT),
                "three characters off in seventeen");
    }

    @Test
    void aLatinLetterAmongChineseTextIsLeftOutAndTheMatchIsFuzzy() {
        LabelMatcher<String> m = new LabelMatcher<String>().add("total", "（七）总计", null).add("open", "（一）予以公开", null);
        LabelMatcher.Match<String> found = m.match(Normalizer.label("(七)j总计"), null, Matching.LENIENT);
        assertEquals("total", found.target());
        assertTrue(found.fuzzy());
        assertNull(m.match(Normalizer.label("(七)j总计"), null, Matching.STRICT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"— 2 —|true", "-3-|true", "第 3 页 共 5 页|true", "第3页|true",
        "3 / 5|true", "2019|false", "行政许可|false", "12|false"})
    void pageDebris(String text, boolean debris) {
        assertEquals(debris, PageDebris.is(text));
    }
}
