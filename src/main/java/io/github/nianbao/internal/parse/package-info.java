/**
 * Step 2: report text to {@link io.github.nianbao.model.AnnualReport}: parts 一…六 by their headings, the three tables mapped by their printed labels, lenient recovery with diagnostics. Not API.
 */
package io.github.nianbao.internal.parse;
