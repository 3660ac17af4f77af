package io.github.nianbao.internal.read.pdf;

/** A piece of a page in reading order: a line of text or a table. */
sealed interface Block permits LineBlock, TableBlock {

    /** 1-based page the block starts on. */
    int page();

    /** Top edge on that page. */
    double top();
}
