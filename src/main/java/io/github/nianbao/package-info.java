/**
 * nianbao (年报): reads 政府信息公开工作年度报告 into typed, validated data. Start with {@link io.github.nianbao.Nianbao}.
 */
package io.github.nianbao;
