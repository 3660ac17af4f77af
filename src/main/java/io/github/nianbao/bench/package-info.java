/**
 * Speed measurement (基准测试): nianbao's full parse against the bare text extraction of the library each format is
 * read with, per format; used by {@code nianbao bench}. Measures only; never prints.
 */
package io.github.nianbao.bench;
