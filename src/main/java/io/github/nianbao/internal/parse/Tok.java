package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;

/**
 * One cell of a table row as the parser sees it: the printed text, its normalised label form and, when it is a
 * number, zero mark or blank, its value.
 */
record Tok(String text, Location location, ValueToken value, String norm) {

    static Tok of(String text, Location location) {
        ValueToken v = ValueToken.parse(text);
        return new Tok(text, location, v, v.kind() == ValueToken.Kind.TEXT ? Normalizer.label(text) : "");
    }

    boolean isValue() {
        return value.isValue();
    }

    boolean isBlank() {
        return value.isBlank();
    }

    boolean isLabel() {
        return value.kind() == ValueToken.Kind.TEXT;
    }
}
