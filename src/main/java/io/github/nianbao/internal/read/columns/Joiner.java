package io.github.nianbao.internal.read.columns;

import io.github.nianbao.internal.Cjk;

/** Joins pieces of one cell's text: no space where either side is Chinese or both sides are digits, else one. */
final class Joiner {

    private Joiner() {
    }

    /** {@code a} followed by {@code b}, as one cell's text. */
    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        int before = a.codePointBefore(a.length());
        int after = b.codePointAt(0);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return Cjk.isCjk(before) || Cjk.isCjk(after) || digits ? a + b : a + " " + b;
    }
}
