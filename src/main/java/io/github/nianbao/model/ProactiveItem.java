package io.github.nianbao.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of section 二, such as 规章 (rules) or 行政处罚 (administrative penalties).
 *
 * @param category the codebook infix, such as {@code rules}, {@code normdocs}, {@code license}
 * @param label    the printed row label (信息内容)
 * @param measures measure name (codebook suffix such as {@code issued}, {@code in_force}) → cell, in column order
 */
public record ProactiveItem(String category, String label, Map<String, CellValue> measures) {

    public ProactiveItem {
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }
}
