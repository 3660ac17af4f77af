/**
 * The seam between readers and the parser: a document as headings, paragraphs and table rows whose cells know where they came from.
 */
package io.github.nianbao.text;
