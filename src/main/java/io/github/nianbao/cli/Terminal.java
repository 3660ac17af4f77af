package io.github.nianbao.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal: the progress bar is drawn only there, never into a file or a pipe. */
final class Terminal {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /** Whether this process's standard error is a terminal. */
    static boolean isStderrTerminal() {
        if (Files.isSymbolicLink(STDERR_LINK)) {
            return isTerminalDevice(STDERR_LINK);
        }
        return consoleIsTerminal(System.console());
    }

    /**
     * Linux (and any system with {@code /proc/self/fd}): the descriptor links to {@code /dev/pts/N} or
     * {@code /dev/ttyX} for a terminal, to a file, {@code /dev/null} or {@code pipe:[…]} otherwise.
     */
    static boolean isTerminalDevice(Path fdLink) {
        try {
            String target = Files.readSymbolicLink(fdLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * Elsewhere, the JVM's console: on Java 17–21 it exists only when standard input and output are a terminal (so
     * {@code import … > log} shows no bar either); on Java 22 and later {@code Console.isTerminal()} says so.
     */
    private static boolean consoleIsTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
