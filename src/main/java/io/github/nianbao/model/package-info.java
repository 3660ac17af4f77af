/**
 * The result: {@link io.github.nianbao.model.AnnualReport}, cells named by {@link io.github.nianbao.model.Codebook} codes, diagnostics, typed sections.
 */
package io.github.nianbao.model;
