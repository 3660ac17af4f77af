package io.github.nianbao.internal.read.docx;

import io.github.nianbao.internal.read.word.ListNumberFormat;
import io.github.nianbao.internal.read.word.WordText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The text of one paragraph ({@code w:p}) as printed: runs, hyperlinks, content controls (内容控件, {@code w:sdt}),
 * inserted revisions and field results are read; deleted revisions and field codes are not. Line breaks split the
 * text into pieces (joined later by {@link WordText#join}). Text boxes (文本框) anchored in the paragraph are not
 * part of its text; they are collected for the caller to read as blocks of their own.
 */
final class InlineText {

    /** Inline elements whose content is never printed text. */
    private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "del", "moveFrom", "instrText", "delText",
            "delInstrText", "fldData", "sdtPr", "sdtEndPr", "footnoteReference", "endnoteReference",
            "commentReference", "annotationRef", "rt");

    private final DocxStyles styles;
    private final List<String> pieces = new ArrayList<>();
    private final List<Element> textBoxes = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private boolean allBold = true;
    private boolean anyText;
    private String paragraphStyle;
    private DocxNumbering.Label label;

    private InlineText(DocxStyles styles) {
        this.styles = styles;
    }

    /** Reads paragraph {@code p}, taking its list number (if any) from {@code numbering}. */
    static InlineText of(Element p, DocxStyles styles, DocxNumbering numbering) {
        InlineText t = new InlineText(styles);
        Element pPr = Ooxml.child(p, "pPr");
        t.paragraphStyle = Ooxml.val(Ooxml.child(pPr, "pStyle"));
        t.label = numbering.next(pPr);
        t.container(p);
        t.pieces.add(t.current.toString());
        return t;
    }

    /** The paragraph's text, cleaned, its line-broken pieces joined, after its list number if it has one. */
    String text() {
        String body = WordText.join(pieces);
        if (label == null) {
            return body;
        }
        return ListNumberFormat.prefix(label.text(), label.suffix(), body);
    }

    /** Whether every piece of visible text is bold (false when there is no text). */
    boolean allBold() {
        return anyText && allBold;
    }

    /** The {@code w:txbxContent} elements of text boxes anchored in this paragraph, outermost only. */
    List<Element> textBoxes() {
        return textBoxes;
    }

    private void container(Element e) {
        for (Element c : Ooxml.children(e)) {
            if (Ooxml.isW(c, "r")) {
                run(c);
            } else if (Ooxml.isMc(c, "AlternateContent")) {
                Element branch = Ooxml.chosenBranch(c);
                if (branch != null) {
                    container(branch);
                }
            } else if (Ooxml.isW(c, "txbxContent")) {
                textBoxes.add(c);
            } else if (!(Ooxml.W.equals(c.getNamespaceURI()) && SKIPPED.contains(c.getLocalName()))) {
                container(c); // hyperlink, smartTag, customXml, sdt/sdtContent, ins, moveTo, fldSimple, ruby ...
            }
        }
    }

    private void run(Element r) {
        boolean bold = runBold(r);
        for (Element c : Ooxml.children(r)) {
            if (Ooxml.isW(c, "t")) {
                String s = Ooxml.text(c);
                current.append(s);
                if (!s.isBlank()) {
                    anyText = true;
                    allBold &= bold;
                }
            } else if (Ooxml.isW(c, "tab") || Ooxml.isW(c, "ptab")) {
                current.append(' ');
            } else if (Ooxml.isW(c, "br") || Ooxml.isW(c, "cr")) {
                pieces.add(current.toString());
                current = new StringBuilder();
            } else if (Ooxml.isW(c, "noBreakHyphen")) {
                current.append('-');
            } else if (Ooxml.isMc(c, "AlternateContent")) {
                Element branch = Ooxml.chosenBranch(c);
                if (branch != null) {
                    findTextBoxes(branch);
                }
            } else if (Ooxml.isW(c, "drawing") || Ooxml.isW(c, "pict") || Ooxml.isW(c, "object")) {
                findTextBoxes(c);
            }
        }
    }

    private void findTextBoxes(Element e) {
        for (Element c : Ooxml.children(e)) {
            if (Ooxml.isW(c, "txbxContent")) {
                textBoxes.add(c);
            } else if (Ooxml.isMc(c, "AlternateContent")) {
                Element branch = Ooxml.chosenBranch(c);
                if (branch != null) {
                    findTextBoxes(branch);
                }
            } else {
                findTextBoxes(c);
            }
        }
    }

    private boolean runBold(Element r) {
        Element rPr = Ooxml.child(r, "rPr");
        Boolean direct = Ooxml.onOff(Ooxml.child(rPr, "b"));
        if (direct != null) {
            return direct;
        }
        Boolean byRunStyle = styles.bold(Ooxml.val(Ooxml.child(rPr, "rStyle")));
        if (byRunStyle != null) {
            return byRunStyle;
        }
        Boolean byParagraphStyle = styles.bold(paragraphStyle);
        return byParagraphStyle != null && byParagraphStyle;
    }
}
