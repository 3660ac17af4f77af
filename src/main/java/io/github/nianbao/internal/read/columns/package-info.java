/**
 * Tables without rule lines, read from positions (无框表格): words with x-extents on lines — glyph runs of a PDF
 * page, or characters of space-aligned text at their display columns — become table rows whose cells line up
 * with the header's columns. One mechanism for every reader that has positions: {@link
 * io.github.nianbao.internal.read.columns.TableFinder} finds the lines that form a table, {@link
 * io.github.nianbao.internal.read.columns.HeaderTree} turns the header's fragments into columns (spanning cells,
 * wrapped labels), {@link io.github.nianbao.internal.read.columns.ColumnAssigner} puts each number into a column,
 * and {@link io.github.nianbao.internal.read.columns.PositionalTable} writes the rows, marking the cells of columns
 * that lie beyond the page's edge. Not API.
 */
package io.github.nianbao.internal.read.columns;
