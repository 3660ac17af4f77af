/**
 * Step 3: the template's own arithmetic (勾稽关系, sums) as diagnostics; numbers are never changed.
 */
package io.github.nianbao.validate;
