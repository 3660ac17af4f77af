package io.github.nianbao.internal.read.doc;

import io.github.nianbao.internal.read.word.ListNumberFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Automatic list numbers (自动编号) of a DOC: the "一、" or "（三）" Word prints before a numbered paragraph without
 * it being in the text. Counters run in document order per list, a level restarting deeper levels; a list override
 * that sets a start restarts its level when first used. Bullets give no number. One instance per document, called
 * once per paragraph in document order.
 */
final class DocNumbering {

    private static final int LEVELS = 9;

    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Map<Integer, boolean[]> started = new HashMap<>();
    private final Set<Integer> usedOverrides = new HashSet<>();

    /** {@code text} after the list number of {@code p}, or {@code text} alone when {@code p} is not numbered. */
    String apply(Paragraph p, String text) {
        if (!p.isInList()) {
            return text;
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return text; // a list reference the file does not define: print the text without a number
        }
        if (list == null) {
            return text;
        }
        int level = Math.min(LEVELS - 1, Math.max(0, p.getIlvl()));
        String label = next(list, p.getIlfo(), level);
        if (label == null || label.isBlank()) {
            return text;
        }
        String follow = switch (list.getTypeOfCharFollowingTheNumber((char) level)) {
            case 1 -> "space";
            case 2 -> "nothing";
            default -> "tab";
        };
        return ListNumberFormat.prefix(label, follow, text);
    }

    private String next(HWPFList list, int ilfo, int level) {
        int lsid = list.getLsid();
        int[] count = counters.computeIfAbsent(lsid, k -> new int[LEVELS]);
        boolean[] set = started.computeIfAbsent(lsid, k -> new boolean[LEVELS]);
        if (usedOverrides.add(ilfo)) {
            for (int k = 0; k < LEVELS; k++) {
                if (list.isStartAtOverridden((char) k)) {
                    set[k] = false;
                }
            }
        }
        count[level] = set[level] ? count[level] + 1 : list.getStartAt((char) level);
        set[level] = true;
        for (int k = level + 1; k < LEVELS; k++) {
            set[k] = false;
        }
        String format = ListNumberFormat.docFormatName(list.getNumberFormat((char) level));
        if (format.equals("bullet")) {
            return null;
        }
        String pattern = list.getNumberText((char) level);
        if (pattern == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c < LEVELS) {
                int value = set[c] ? count[c] : list.getStartAt(c);
                sb.append(ListNumberFormat.format(value, ListNumberFormat.docFormatName(list.getNumberFormat(c))));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
