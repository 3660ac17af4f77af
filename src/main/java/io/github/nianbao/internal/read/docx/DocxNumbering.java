package io.github.nianbao.internal.read.docx;

import io.github.nianbao.internal.read.word.ListNumberFormat;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Automatic list numbers (自动编号) of a DOCX: the "一、" or "（三）" that Word prints before a numbered paragraph
 * without it being in the text. Counters run in document order per abstract list, a level restarting deeper levels;
 * {@code w:startOverride} restarts a list instance. Bullets give no number. One instance per document, called once
 * per paragraph in document order.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final DocxStyles styles;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();
    private final Set<String> usedNums = new HashSet<>();

    /** The number and what follows it ({@code w:suff}: tab, space or nothing). */
    record Label(String text, String suffix) {
    }

    DocxNumbering(XWPFNumbering numbering, DocxStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The label of the paragraph with properties {@code pPr} (may be null), or null when it is not numbered. */
    Label next(Element pPr) {
        if (numbering == null) {
            return null;
        }
        Element numPr = Ooxml.child(pPr, "numPr");
        String styleId = Ooxml.val(Ooxml.child(pPr, "pStyle"));
        Element styleNumPr = numPr == null ? styles.numPr(styleId) : null;
        Element source = numPr != null ? numPr : styleNumPr;
        String numId = Ooxml.val(Ooxml.child(source, "numId"));
        if (numId == null || numId.equals("0")) {
            return null;
        }
        int level = Math.min(LEVELS - 1, Math.max(0, Ooxml.intVal(Ooxml.child(source, "ilvl"), 0)));
        Element num = num(numId);
        String abstractId = num == null ? null : Ooxml.val(Ooxml.child(num, "abstractNumId"));
        Element abstractNum = abstractId == null ? null : abstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[LEVELS]);
        boolean[] set = started.computeIfAbsent(abstractId, k -> new boolean[LEVELS]);
        if (usedNums.add(numId)) {
            restartOverridden(num, set);
        }
        count[level] = set[level] ? count[level] + 1 : start(num, abstractNum, level);
        set[level] = true;
        for (int k = level + 1; k < LEVELS; k++) {
            set[k] = false;
        }
        Element lvl = lvl(num, abstractNum, level);
        String fmt = Ooxml.val(Ooxml.child(lvl, "numFmt"));
        if ("bullet".equals(fmt) || lvl == null) {
            return null;
        }
        String text = render(Ooxml.val(Ooxml.child(lvl, "lvlText")), num, abstractNum, count, set,
                Ooxml.onOff(Ooxml.child(lvl, "isLgl")) == Boolean.TRUE);
        String suffix = Ooxml.val(Ooxml.child(lvl, "suff"));
        return text.isBlank() ? null : new Label(text, suffix == null ? "tab" : suffix);
    }

    private String render(String pattern, Element num, Element abstractNum, int[] count, boolean[] set,
                          boolean legal) {
        if (pattern == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int k = pattern.charAt(++i) - '1';
                int value = set[k] ? count[k] : start(num, abstractNum, k);
                String fmt = legal ? "decimal" : Ooxml.val(Ooxml.child(lvl(num, abstractNum, k), "numFmt"));
                sb.append(ListNumberFormat.format(value, fmt));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void restartOverridden(Element num, boolean[] set) {
        for (Element o : Ooxml.children(num)) {
            int ilvl = parse(o.getAttributeNS(Ooxml.W, "ilvl"));
            if (Ooxml.isW(o, "lvlOverride") && Ooxml.child(o, "startOverride") != null && ilvl >= 0
                    && ilvl < LEVELS) {
                set[ilvl] = false;
            }
        }
    }

    private int start(Element num, Element abstractNum, int level) {
        Element override = override(num, level);
        Element startOverride = Ooxml.child(override, "startOverride");
        if (startOverride != null) {
            return Ooxml.intVal(startOverride, 1);
        }
        return Ooxml.intVal(Ooxml.child(lvl(num, abstractNum, level), "start"), 0);
    }

    private Element lvl(Element num, Element abstractNum, int level) {
        Element overridden = Ooxml.child(override(num, level), "lvl");
        if (overridden != null) {
            return overridden;
        }
        for (Element l : Ooxml.children(abstractNum)) {
            if (Ooxml.isW(l, "lvl") && parse(l.getAttributeNS(Ooxml.W, "ilvl")) == level) {
                return l;
            }
        }
        return null;
    }

    private static Element override(Element num, int level) {
        for (Element o : Ooxml.children(num)) {
            if (Ooxml.isW(o, "lvlOverride") && parse(o.getAttributeNS(Ooxml.W, "ilvl")) == level) {
                return o;
            }
        }
        return null;
    }

    private Element num(String numId) {
        XWPFNum n = numbering.getNum(bigInteger(numId));
        return n == null || n.getCTNum() == null ? null : (Element) n.getCTNum().getDomNode();
    }

    private Element abstractNum(String abstractId) {
        XWPFAbstractNum a = numbering.getAbstractNum(bigInteger(abstractId));
        return a == null || a.getCTAbstractNum() == null ? null : (Element) a.getCTAbstractNum().getDomNode();
    }

    private static BigInteger bigInteger(String s) {
        int n = parse(s);
        return BigInteger.valueOf(Math.max(n, -1));
    }

    private static int parse(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
