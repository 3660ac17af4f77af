package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Template;
import java.util.Map;
import java.util.Set;

/**
 * Decides the template: the labels printed in section 二 first (they differ most between templates), then the
 * year (2019 and 2020 → F2019; 2021 on → F2021), then which （六）其他处理 rows section 三 printed.
 */
final class TemplateDetector {

    private TemplateDetector() {
    }

    static Template detect(Map<Template, Integer> votes, Integer year, Set<String> requestRows) {
        int v19 = votes.getOrDefault(Template.F2019, 0);
        int v21 = votes.getOrDefault(Template.F2021, 0);
        if (v19 != v21) {
            return v19 > v21 ? Template.F2019 : Template.F2021;
        }
        if (year != null && year >= 2019) {
            return year <= 2020 ? Template.F2019 : Template.F2021;
        }
        if (requestRows.contains("other_nocorrect") || requestRows.contains("other_misc")) {
            return Template.F2021;
        }
        if (requestRows.contains("other")) {
            return Template.F2019;
        }
        return Template.F2021;
    }

    /** The template the year alone would give, or null. */
    static Template byYear(Integer year) {
        if (year == null) {
            return null;
        }
        if (year < 2019) {
            return Template.LEGACY;
        }
        return year <= 2020 ? Template.F2019 : Template.F2021;
    }
}
