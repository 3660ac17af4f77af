/**
 * The command-line tool (picocli, an optional dependency): parse, import, export, query, bench.
 */
package io.github.nianbao.cli;
