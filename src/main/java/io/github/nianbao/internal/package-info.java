/**
 * Internal helpers (JSON writing, charset decoding, Chinese character classes). <b>Not API: do not depend on this package</b>; it changes without notice.
 */
package io.github.nianbao.internal;
