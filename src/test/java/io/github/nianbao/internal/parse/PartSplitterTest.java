package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nianbao.model.Location;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartSplitterTest {

    private static TextLine line(String text) {
        return new TextLine(LineKind.PARAGRAPH, List.of(new TextCell(text, Location.UNKNOWN)), Location.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、总体情况|OVERVIEW", "### 一．总体情况|OVERVIEW", "一 、总体情况|OVERVIEW", "一 总体情况|OVERVIEW",
        "二、主动公开政府信息情况|PROACTIVE", "三、收到和处理政府信息公开申请情况|REQUESTS",
        "四、政府信息公开行政复议、行政诉讼情况|REVIEW", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况|REVIEW",
        "四、政府信息公开行政法复议、行政诉讼情况|REVIEW", "五、政府信息公开工作存在的主要问题及改进情况|PROBLEMS",
        "六、其他需要报告的事项|OTHER"})
    void headings(String text, Part part) {
        assertEquals(part, PartSplitter.headingPart(line(text)));
    }

    @ParameterizedTest
    @CsvSource({"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "四、结转下年度继续办理",
        "五是加强问题整改", "二是公开重点不够突出", "（一）主动公开情况"})
    void tableRowsAndProseAreNotHeadings(String text) {
        assertNull(PartSplitter.headingPart(line(text)));
    }
}
