/**
 * Step 1 of the pipeline: format sniffing by content and one {@link io.github.nianbao.internal.read.ReportReader}
 * per format, each producing {@link io.github.nianbao.text.ReportText}. A new format is one new reader. Readers
 * enforce {@link io.github.nianbao.internal.read.ReadLimits} and report an unreadable document as a
 * {@link io.github.nianbao.internal.read.ReadFailure}, which the façade turns into the public
 * {@code NianbaoException}. Not API.
 */
package io.github.nianbao.internal.read;
