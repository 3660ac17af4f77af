package io.github.nianbao.internal.read.columns;

import io.github.nianbao.model.Box;

/** A header cell being assembled from fragments: its text, extent and the extent of its last line. */
final class HeaderNode {
    final StringBuilder text = new StringBuilder();
    double x0;
    double x1;
    double y0;
    double y1;
    double lastX0;
    double lastX1;
    double lastY0;
    final double firstWidth;

    HeaderNode(Word w) {
        text.append(w.text());
        x0 = w.x0();
        x1 = w.x1();
        y0 = w.y0();
        y1 = w.y1();
        lastX0 = x0;
        lastX1 = x1;
        lastY0 = y0;
        firstWidth = w.width();
    }

    double lastWidth() {
        return lastX1 - lastX0;
    }

    void append(HeaderNode b) {
        String joined = Joiner.join(text.toString(), b.text.toString());
        text.setLength(0);
        text.append(joined);
        x0 = Math.min(x0, b.x0);
        x1 = Math.max(x1, b.x1);
        y1 = Math.max(y1, b.y1);
        lastX0 = b.lastX0;
        lastX1 = b.lastX1;
        lastY0 = b.lastY0;
    }

    Box box() {
        return new Box((float) x0, (float) y0, (float) x1, (float) y1);
    }
}
