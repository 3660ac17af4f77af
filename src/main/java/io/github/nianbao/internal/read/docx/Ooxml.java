package io.github.nianbao.internal.read.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over the DOM of WordprocessingML (the XML inside a DOCX). */
final class Ooxml {

    /** The WordprocessingML main namespace ({@code w:}). */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Markup compatibility ({@code mc:AlternateContent}). */
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Ooxml() {
    }

    /** Whether {@code n} is the element {@code w:<local>}. */
    static boolean isW(Node n, String local) {
        return n instanceof Element && W.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    /** Whether {@code n} is the element {@code mc:<local>}. */
    static boolean isMc(Node n, String local) {
        return n instanceof Element && MC.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    /** The element children of {@code n}, in order. */
    static List<Element> children(Node n) {
        List<Element> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The character data directly inside {@code e} (XmlBeans' DOM has no {@code getTextContent}). */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            }
        }
        return sb.toString();
    }

    /** The first child {@code w:<local>} of {@code n}, or null. */
    static Element child(Node n, String local) {
        if (n == null) {
            return null;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isW(c, local)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** The first element found by following a path of {@code w:} children, or null. */
    static Element path(Node n, String... locals) {
        Node cur = n;
        for (String l : locals) {
            cur = child(cur, l);
            if (cur == null) {
                return null;
            }
        }
        return (Element) cur;
    }

    /** The {@code w:val} attribute, or null when absent. */
    static String val(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, "val");
        return v == null || v.isEmpty() && !e.hasAttributeNS(W, "val") ? null : v;
    }

    /** The integer {@code w:val}, or {@code dflt} when absent or not a number. */
    static int intVal(Element e, int dflt) {
        String v = val(e);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return dflt;
        }
    }

    /** An on/off property ({@code <w:b/>}, {@code <w:b w:val="false"/>}): null when absent. */
    static Boolean onOff(Element e) {
        if (e == null) {
            return null;
        }
        String v = val(e);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /**
     * The branch of an {@code mc:AlternateContent} to read: its first {@code mc:Choice}, else its
     * {@code mc:Fallback}; reading both would repeat the text.
     */
    static Element chosenBranch(Element alternateContent) {
        Element fallback = null;
        for (Element c : children(alternateContent)) {
            if (isMc(c, "Choice")) {
                return c;
            }
            if (isMc(c, "Fallback") && fallback == null) {
                fallback = c;
            }
        }
        return fallback;
    }
}
