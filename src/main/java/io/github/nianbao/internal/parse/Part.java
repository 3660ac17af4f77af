package io.github.nianbao.internal.parse;

/** The six parts of a report, by their numerals. */
enum Part {
    /** 一、总体情况 (overview). */
    OVERVIEW(1, new String[] {"总体情况", "概述", "基本情况"}),
    /** 二、主动公开政府信息情况 (proactive disclosure). */
    PROACTIVE(2, new String[] {"主动公开"}),
    /** 三、收到和处理政府信息公开申请情况 (requests). */
    REQUESTS(3, new String[] {"收到和处理", "依申请公开", "处理政府信息公开申请", "公开申请情况"}),
    /** 四、政府信息公开行政复议、行政诉讼情况 (reconsideration and litigation). */
    REVIEW(4, new String[] {"复议", "诉讼"}),
    /** 五、存在的主要问题及改进情况 (problems and improvements). */
    PROBLEMS(5, new String[] {"问题", "改进"}),
    /** 六、其他需要报告的事项 (other matters). */
    OTHER(6, new String[] {"其他需要报告", "其他事项", "其他需报告"});

    private final int number;
    private final String[] keywords;

    Part(int number, String[] keywords) {
        this.number = number;
        this.keywords = keywords;
    }

    int number() {
        return number;
    }

    boolean matchesTitle(String normTitle) {
        for (String k : keywords) {
            if (normTitle.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the wording starts like this part's title does (for headings printed without a separator). */
    boolean startsTitle(String normTitle) {
        for (String k : keywords) {
            if (normTitle.startsWith(k) || normTitle.startsWith("政府信息公开" + k) || normTitle.startsWith("存在的主要")
                    && this == PROBLEMS) {
                return true;
            }
        }
        return false;
    }

    static Part ofNumber(int n) {
        for (Part p : values()) {
            if (p.number == n) {
                return p;
            }
        }
        return null;
    }
}
