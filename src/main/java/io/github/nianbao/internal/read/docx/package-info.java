/**
 * The DOCX reader (POI XWPF): body in document order, table grids with gridSpan, vMerge, gridBefore/gridAfter.
 */
package io.github.nianbao.internal.read.docx;
