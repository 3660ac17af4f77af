/**
 * Text rules shared by the DOCX and DOC readers.
 */
package io.github.nianbao.internal.read.word;
