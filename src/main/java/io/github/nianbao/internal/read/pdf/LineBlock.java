package io.github.nianbao.internal.read.pdf;

/**
 * A line of text outside tables.
 *
 * @param line  its glyphs
 * @param page  1-based page
 * @param text  its cleaned text
 */
record LineBlock(TextLineGroup line, int page, String text) implements Block {

    @Override
    public double top() {
        return line.top();
    }
}
