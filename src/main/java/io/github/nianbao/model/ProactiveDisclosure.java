package io.github.nianbao.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 二, 主动公开政府信息情况 (proactive disclosure, 主动公开): the items of 《条例》第二十条 with their counts
 * and amounts. Items and measures follow the report's template.
 */
public record ProactiveDisclosure(List<ProactiveItem> items) {

    public ProactiveDisclosure {
        items = List.copyOf(items);
    }

    /** The item with the given category ({@code rules}, {@code penalty}, …), or null. */
    public ProactiveItem item(String category) {
        for (ProactiveItem i : items) {
            if (i.category().equals(category)) {
                return i;
            }
        }
        return null;
    }

    static ProactiveDisclosure from(Map<String, CellValue> cells, Template template) {
        Map<String, ProactiveItem> items = new LinkedHashMap<>();
        Map<String, Map<String, CellValue>> measures = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (CodebookEntry e : Codebook.standard().entries(template)) {
            if (!"二".equals(e.section())) {
                continue;
            }
            String rest = e.code().substring(3);
            int us = rest.indexOf('_');
            String category = rest.substring(0, us);
            String measure = rest.substring(us + 1);
            CellValue v = cells.get(e.code());
            measures.computeIfAbsent(category, k -> new LinkedHashMap<>())
                    .put(measure, v == null ? CellValue.missing(e.code()) : v);
            labels.putIfAbsent(category, e.rowLeaf());
        }
        List<ProactiveItem> list = new ArrayList<>();
        measures.forEach((c, m) -> list.add(new ProactiveItem(c, labels.get(c), m)));
        return new ProactiveDisclosure(list);
    }
}
