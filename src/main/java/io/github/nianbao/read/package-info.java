/**
 * Step 1 of the pipeline: format sniffing by content and one {@link io.github.nianbao.read.ReportReader} per format, each producing {@link io.github.nianbao.text.ReportText}. A new format is one new reader.
 */
package io.github.nianbao.read;
