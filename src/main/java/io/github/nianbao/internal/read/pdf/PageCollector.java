package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.Limits;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * One content-stream pass per page that collects both glyphs (from {@link TextPosition}s) and rule lines (from
 * path operators), so table geometry costs no second parse. Checks the deadline at every page.
 * Not thread-safe: one instance per document.
 */
final class PageCollector extends PDFTextStripper {

    private static final String[] PATH_OPERATORS = {"m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
        "B", "B*", "b", "b*", "n"};

    private final long deadline;
    private final List<PageContent> pages = new ArrayList<>();
    private final PathRecorder paths = new PathRecorder();
    private final Set<String> seen = new HashSet<>();
    private List<Glyph> glyphs = new ArrayList<>();
    private PDRectangle crop;
    private int pageNumber;
    private int images;

    PageCollector(long deadline) {
        this.deadline = deadline;
        setSortByPosition(false);
        for (String name : PATH_OPERATORS) {
            addOperator(new PathOperator(this, name));
        }
        addOperator(new ImageCounter(this));
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** Runs the pass over every page of {@code document}. */
    List<PageContent> collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    public boolean isShouldProcessColorOperators() {
        return true;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        Limits.checkDeadline(deadline);
        pageNumber++;
        crop = page.getCropBox();
        glyphs = new ArrayList<>();
        seen.clear();
        images = 0;
        paths.takeRulings();
    }

    @Override
    protected void endPage(PDPage page) {
        pages.add(new PageContent(pageNumber, crop.getWidth(), crop.getHeight(), glyphs, paths.takeRulings(), images));
    }

    @Override
    protected void writePage() {
        // glyphs are collected in processTextPosition; nothing is written
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
        double x = t.getXDirAdj();
        double y = t.getYDirAdj();
        // fake bold and shadows draw the same glyph twice at (almost) the same place
        String key = text + '@' + Math.round(x) + ',' + Math.round(y);
        if (!seen.add(key)) {
            return;
        }
        glyphs.add(new Glyph(text, x, y, width(t, size, text), size, isBold(t.getFont())));
    }

    /**
     * The glyph's width. Vertical (Identity-V) fonts report their vertical advance as the width, far wider than the
     * glyph; such widths are clamped to one em per character so that the centre point stays on the glyph.
     */
    private static double width(TextPosition t, double size, String text) {
        double w = t.getWidthDirAdj();
        boolean vertical = t.getFont() instanceof PDType0Font f && f.isVertical();
        double max = Math.max(size, 1) * text.length();
        return vertical || w > 1.5 * max ? Math.min(w, max) : w;
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("黑体")
                || name.contains("simhei") || name.contains("xbs") || name.contains("小标宋")) {
            return true;
        }
        PDFontDescriptor fd = font.getFontDescriptor();
        return fd != null && (fd.isForceBold() || fd.getFontWeight() >= 600);
    }

    void pathOperator(String name, List<COSBase> operands) {
        switch (name) {
            case "m" -> point(operands, 0, false, true);
            case "l" -> point(operands, 0, false, false);
            case "c" -> point(operands, 4, true, false);
            case "v", "y" -> point(operands, 2, true, false);
            case "h" -> paths.closePath();
            case "re" -> rectangle(operands);
            case "S" -> paths.paint(true, false, strokeWhite(), false);
            case "s" -> {
                paths.closePath();
                paths.paint(true, false, strokeWhite(), false);
            }
            case "f", "F", "f*" -> paths.paint(false, true, false, fillWhite());
            case "B", "B*" -> paths.paint(true, true, strokeWhite(), fillWhite());
            case "b", "b*" -> {
                paths.closePath();
                paths.paint(true, true, strokeWhite(), fillWhite());
            }
            default -> paths.discard();
        }
    }

    private void point(List<COSBase> operands, int index, boolean curve, boolean move) {
        if (operands.size() < index + 2 || !(operands.get(index) instanceof COSNumber x)
                || !(operands.get(index + 1) instanceof COSNumber y)) {
            return;
        }
        double[] p = toPage(x.floatValue(), y.floatValue());
        if (move) {
            paths.moveTo(p[0], p[1]);
        } else if (curve) {
            paths.curveTo(p[0], p[1]);
        } else {
            paths.lineTo(p[0], p[1]);
        }
    }

    private void rectangle(List<COSBase> operands) {
        if (operands.size() < 4) {
            return;
        }
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return;
            }
            v[i] = n.floatValue();
        }
        paths.rectangle(new double[][] {toPage(v[0], v[1]), toPage(v[0] + v[2], v[1]),
            toPage(v[0] + v[2], v[1] + v[3]), toPage(v[0], v[1] + v[3])});
    }

    /** User space → top-down page coordinates (crop-box origin). */
    private double[] toPage(float x, float y) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        java.awt.geom.Point2D.Float p = ctm.transformPoint(x, y);
        return new double[] {p.x - crop.getLowerLeftX(), crop.getUpperRightY() - p.y};
    }

    private boolean strokeWhite() {
        return isWhite(getGraphicsState().getStrokingColor());
    }

    private boolean fillWhite() {
        return isWhite(getGraphicsState().getNonStrokingColor());
    }

    static boolean isWhite(PDColor color) {
        if (color == null) {
            return false;
        }
        float[] c = color.getComponents();
        if (color.getColorSpace() instanceof PDDeviceGray && c.length == 1) {
            return c[0] > 0.95f;
        }
        if (color.getColorSpace() instanceof PDDeviceRGB && c.length == 3) {
            return c[0] > 0.95f && c[1] > 0.95f && c[2] > 0.95f;
        }
        if (color.getColorSpace() instanceof PDDeviceCMYK && c.length == 4) {
            return c[0] < 0.05f && c[1] < 0.05f && c[2] < 0.05f && c[3] < 0.05f;
        }
        try {
            int rgb = color.toRGB();
            return (rgb >> 16 & 0xFF) > 242 && (rgb >> 8 & 0xFF) > 242 && (rgb & 0xFF) > 242;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    void countImage() {
        images++;
    }

    /** Forwards path construction and painting operators to the collector. */
    private static final class PathOperator extends OperatorProcessor {
        private final PageCollector collector;
        private final String name;

        PathOperator(PageCollector collector, String name) {
            super(collector);
            this.collector = collector;
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            collector.pathOperator(name, operands);
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** {@code Do}: counts images, runs form XObjects (which may hold text and lines). */
    private static final class ImageCounter extends OperatorProcessor {
        private final PageCollector collector;
        private final org.apache.pdfbox.contentstream.operator.DrawObject forms;

        ImageCounter(PageCollector collector) {
            super(collector);
            this.collector = collector;
            this.forms = new org.apache.pdfbox.contentstream.operator.DrawObject(collector);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDXObject xobject = collector.getResources().getXObject(name);
                if (xobject instanceof PDImageXObject) {
                    collector.countImage();
                    return;
                }
            }
            forms.process(operator, operands);
        }

        @Override
        public String getName() {
            return "Do";
        }
    }
}
