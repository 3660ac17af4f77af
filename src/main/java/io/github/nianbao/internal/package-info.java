/**
 * The implementation: readers ({@code internal.read} and one package per format), the parser
 * ({@code internal.parse}) and small helpers here (JSON writing, charset decoding, Chinese character classes, a web
 * page's information fields).
 * <b>Not API: do not depend on these packages</b>; they change without notice.
 *
 * <p>The packages form a tree; each depends only on packages below it:
 * <pre>
 * io.github.nianbao (façade)  → internal.read.{pdf,docx,doc,html}, internal.read, internal.parse, validate, text, model
 * internal.read.{pdf,docx,doc,html} → internal.read.word, internal.read, internal, text, model
 * internal.read          → internal, text, model
 * internal.parse         → identity (the division table), validate, internal, text, model
 * export                 → internal, model
 * identity               → model
 * validate, text         → model
 * internal, model        → (nothing of nianbao)
 * </pre>
 * No package below the façade imports it. The façade owns the public options and exception and translates them:
 * readers receive an {@link io.github.nianbao.internal.read.ReadLimits} and throw an
 * {@link io.github.nianbao.internal.read.ReadFailure}; the parser receives a
 * {@link io.github.nianbao.internal.parse.Matching}; the façade also wires each format to its reader, so the reader
 * packages do not know each other. {@code ArchitectureTest} keeps the tree.
 */
package io.github.nianbao.internal;
