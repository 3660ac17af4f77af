package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.Cjk;

/**
 * Reads a page's text nodes in document order, each in one pass: how many Han characters it holds
 * ({@link TextJoin#hanCount}), whether it holds more than spaces ({@link TextJoin#hasText}), and which metadata
 * labels (索引号, 发布机构…: {@link PageRules#META_LABELS}) end in it, as bits (bit {@code k}: label {@code k}).
 * Spaces and zero-width characters inside a label are passed over and a label may run across text nodes, so the
 * bits over-approximate what {@code Element.text()} shows: a label missing from the bits of an element's text nodes
 * is missing from its text. Lets the page scan skip building the text of elements that cannot be metadata blocks.
 * Matching is simple because no label repeats its first character: at most one partial match per label is open at
 * a time. One per scan.
 */
final class TextStream {

    /** Every label. */
    static final int ALL = (1 << PageRules.META_LABELS.length) - 1;
    private static final String[] LABELS = PageRules.META_LABELS;
    /** Labels by the low ten bits of their first character: a quick no for almost every other character. */
    private static final int[] STARTING = new int[1024];

    static {
        for (int k = 0; k < LABELS.length; k++) {
            STARTING[LABELS[k].charAt(0) & 1023] |= 1 << k;
        }
    }

    /** Characters of label {@code k} matched so far by its open partial match (0: none open). */
    private final int[] matched = new int[LABELS.length];
    /** Labels with an open partial match. */
    private int open;

    /** Han characters in the text node read last. */
    private int han;
    /** Whether the text node read last holds more than spaces and zero-width characters. */
    private boolean hasText;

    /** Reads the next text node; returns the labels whose last character is in it. */
    int read(String text) {
        int found = 0;
        int hanChars = 0;
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextJoin.isHan(c)) {
                hanChars++;
            }
            if (TextJoin.isPlainVisible(c) || !TextJoin.isSpace(c) && !Cjk.isInvisible(c)) {
                visible = true;
                if (open != 0) {
                    found |= advance(c);
                }
            }
            int starting = STARTING[c & 1023];
            if (starting != 0) {
                start(c, starting);
            }
        }
        han = hanChars;
        hasText = visible;
        return found;
    }

    /** Han characters in the text node read last. */
    int han() {
        return han;
    }

    /** Whether the text node read last holds more than spaces ({@link TextJoin#hasText}). */
    boolean hasText() {
        return hasText;
    }

    /** Moves every open match past {@code c}; the labels completed. */
    private int advance(char c) {
        int found = 0;
        for (int rest = open; rest != 0; rest &= rest - 1) {
            int k = Integer.numberOfTrailingZeros(rest);
            if (LABELS[k].charAt(matched[k]) != c) {
                close(k);
            } else if (++matched[k] == LABELS[k].length()) {
                found |= 1 << k;
                close(k);
            }
        }
        return found;
    }

    /** Opens a match of every label among {@code labels} starting with {@code c} (labels have two characters or more). */
    private void start(char c, int labels) {
        for (int rest = labels; rest != 0; rest &= rest - 1) {
            int k = Integer.numberOfTrailingZeros(rest);
            if (LABELS[k].charAt(0) == c) {
                matched[k] = 1;
                open |= 1 << k;
            }
        }
    }

    private void close(int k) {
        matched[k] = 0;
        open &= ~(1 << k);
    }
}
