/**
 * The PDF reader (PDFBox 3): glyphs and ruling lines in one pass, cells from the ruling grid by glyph centre, tables stitched across pages.
 */
package io.github.nianbao.internal.read.pdf;
