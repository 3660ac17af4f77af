/**
 * The HTML reader (jsoup): charset choice, article body without site chrome, rowspan/colspan grids, page metadata.
 */
package io.github.nianbao.internal.read.html;
