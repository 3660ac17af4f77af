package io.github.nianbao.internal.read.docx;

import io.github.nianbao.internal.read.word.HeadingRules;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * What a DOCX's styles (样式) say about a paragraph or run: whether a paragraph style is a heading (by name or
 * outline level, following {@code w:basedOn}) and whether a style makes text bold. One instance per document.
 */
final class DocxStyles {

    private static final int MAX_BASED_ON_DEPTH = 16;

    private final XWPFStyles styles;
    private final Map<String, Boolean> headingCache = new HashMap<>();
    private final Map<String, Boolean> boldCache = new HashMap<>();

    DocxStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    /** Whether the paragraph properties ({@code w:pPr}, may be null) make the paragraph a heading. */
    boolean isHeading(Element pPr) {
        int level = Ooxml.intVal(Ooxml.child(pPr, "outlineLvl"), -1);
        if (level >= 0) {
            return HeadingRules.isHeadingOutlineLevel(level);
        }
        String styleId = Ooxml.val(Ooxml.child(pPr, "pStyle"));
        return styleId != null && headingCache.computeIfAbsent(styleId, this::styleIsHeading);
    }

    /**
     * Whether a style makes text bold ({@code w:b} in its run properties, following {@code w:basedOn}); null when
     * the style does not say.
     */
    Boolean bold(String styleId) {
        if (styleId == null) {
            return null;
        }
        if (!boldCache.containsKey(styleId)) {
            boldCache.put(styleId, styleBold(styleId));
        }
        return boldCache.get(styleId);
    }

    /** The numbering properties ({@code w:numPr}) a paragraph style gives, following {@code w:basedOn}; or null. */
    Element numPr(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_BASED_ON_DEPTH; depth++) {
            XWPFStyle s = styles == null ? null : styles.getStyle(id);
            if (s == null) {
                return null;
            }
            Element numPr = Ooxml.path((Element) s.getCTStyle().getDomNode(), "pPr", "numPr");
            if (numPr != null) {
                return numPr;
            }
            id = s.getBasisStyleID();
        }
        return null;
    }

    private boolean styleIsHeading(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_BASED_ON_DEPTH; depth++) {
            XWPFStyle s = styles == null ? null : styles.getStyle(id);
            if (s == null) {
                return depth == 0 && HeadingRules.isHeadingStyleName(id);
            }
            if (HeadingRules.isHeadingStyleName(s.getName())) {
                return true;
            }
            Element dom = (Element) s.getCTStyle().getDomNode();
            int level = Ooxml.intVal(Ooxml.path(dom, "pPr", "outlineLvl"), -1);
            if (level >= 0) {
                return HeadingRules.isHeadingOutlineLevel(level);
            }
            id = s.getBasisStyleID();
        }
        return false;
    }

    private Boolean styleBold(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_BASED_ON_DEPTH; depth++) {
            XWPFStyle s = styles == null ? null : styles.getStyle(id);
            if (s == null) {
                return null;
            }
            Element dom = (Element) s.getCTStyle().getDomNode();
            Boolean b = Ooxml.onOff(Ooxml.path(dom, "rPr", "b"));
            if (b != null) {
                return b;
            }
            id = s.getBasisStyleID();
        }
        return null;
    }
}
