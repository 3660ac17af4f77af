package io.github.nianbao.identity;

import java.util.Locale;

/** What kind of agency published a report, from the end of its name. */
public enum AgencyType {
    /** 人民政府 (or a bare place name, as in the title 三明市2021年政府信息公开工作年度报告). */
    GOVERNMENT,
    /** 人民政府办公厅 / 办公室 (政府办). */
    GOVERNMENT_OFFICE,
    /** A department or commission: a name ending in 局, 委员会, 委, 厅, 办公室, 办, 署, 中心, 院 … */
    DEPARTMENT,
    /** Anything else (管委会, 公司, …). */
    OTHER;

    /** Lower-case name as used in exports ({@code government}, {@code government_office}, …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
