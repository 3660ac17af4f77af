/**
 * {@code nianbao review}: a static web site over an import database (审阅网站) — an index of every report and one page
 * per report with its three tables, every flagged number beside the page image it came from. Ships in the -cli jar
 * only; the page model it draws is the library's {@link io.github.nianbao.export.ReportPage}.
 */
package io.github.nianbao.review;
