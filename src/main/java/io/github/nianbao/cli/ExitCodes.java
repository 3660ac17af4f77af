package io.github.nianbao.cli;

/** Exit codes of every {@code nianbao} command. */
final class ExitCodes {

    /** Everything was read (or, for import, was already in the database). */
    static final int OK = 0;
    /** An internal error, or the database could not be opened or written. */
    static final int INTERNAL = 1;
    /** Wrong options or arguments; nothing was done. */
    static final int USAGE = 2;
    /** Some files failed; the others were read. */
    static final int SOME_FAILED = 3;

    private ExitCodes() {
    }
}
