package io.github.nianbao.internal.parse;

import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.text.TextLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency's name in a report read by OCR, checked against the other places the report prints it: OCR misreads
 * a character of the title (准安市 for 淮安市) as readily as one anywhere else, and a report names its agency several
 * times (title, text, signature). When a name of the same length that differs in one or two Chinese characters
 * occurs more often in the report than the title's reading, that one is taken (INFO {@code OCR_NAME_CORRECTED}).
 * Text that was not read by OCR is never touched.
 */
final class OcrNames {

    /** Most characters a reading may differ in. */
    private static final int MAX_DIFFERENCES = 2;

    private OcrNames() {
    }

    /** {@code m} with its agency (and the title's copy of it) corrected where the report's text says so. */
    static Metadata check(Metadata m, List<TextLine> lines, boolean ocr, DiagnosticList diagnostics) {
        String agency = m.agency();
        if (!ocr || agency == null || agency.length() < 4) {
            return m;
        }
        StringBuilder all = new StringBuilder();
        for (TextLine l : lines) {
            all.append(l.text()).append('\n');
        }
        String text = all.toString();
        Map<String, Integer> variants = new HashMap<>();
        int n = agency.length();
        for (int i = 0; i + n <= text.length(); i++) {
            String s = text.substring(i, i + n);
            if (!s.equals(agency) && isVariant(agency, s)) {
                variants.merge(s, 1, Integer::sum);
            }
        }
        int own = count(text, agency);
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : variants.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        if (best == null || tie || bestCount <= own) {
            return m;
        }
        diagnostics.info(DiagnosticCode.OCR_NAME_CORRECTED, "OCR read the agency as \"" + agency + "\" (" + own
                + " time(s)); the report prints \"" + best + "\" " + bestCount + " time(s): taken", Location.UNKNOWN,
                null);
        String title = m.title() == null ? null : m.title().replace(agency, best);
        return new Metadata(title, best, m.year(), m.publisher(), m.publishDate(), m.indexNumber(), m.sourceUrl());
    }

    /** Whether {@code s} differs from {@code name} in one or two Chinese characters and nothing else. */
    private static boolean isVariant(String name, String s) {
        int diff = 0;
        for (int i = 0; i < name.length(); i++) {
            char a = name.charAt(i);
            char b = s.charAt(i);
            if (a != b) {
                if (!Character.isIdeographic(a) || !Character.isIdeographic(b) || ++diff > MAX_DIFFERENCES) {
                    return false;
                }
            }
        }
        return diff > 0;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
