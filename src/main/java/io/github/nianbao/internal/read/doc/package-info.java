/**
 * The legacy DOC reader (POI HWPF): table grids from the union of cell edges.
 */
package io.github.nianbao.internal.read.doc;
