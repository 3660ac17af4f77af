/**
 * Bulk import of folders into SQLite: parallel, resumable, one transaction per file, a {@link io.github.nianbao.bulk.ProgressListener} and no UI. Needs the optional sqlite-jdbc dependency at run time.
 */
package io.github.nianbao.bulk;
