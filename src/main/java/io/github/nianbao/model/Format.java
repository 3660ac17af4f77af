package io.github.nianbao.model;

/** The file formats nianbao reads; chosen by content (magic bytes, markup), never by file name. */
public enum Format {
    PDF, DOCX, DOC, HTML, TXT;

    /** Lower-case name as used in JSON and exports. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
