/**
 * Step 4: JSON, CSV (wide and long, codebook names) and the Stata do-file.
 */
package io.github.nianbao.export;
