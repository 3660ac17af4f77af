package io.github.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point of the {@code nianbao} command. Output is UTF-8 whatever the platform encoding; the logging of the
 * document libraries (PDFBox via commons-logging, POI via log4j-api, java.util.logging) is switched off before any
 * of them loads, so stderr holds only nianbao's own short lines.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        silenceLibraryLogging();
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int code = run(System.in, out, err, Terminal.isStderrTerminal(), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with the given output streams and returns the exit code (for tests and embedding):
     * no standard input, and standard error is not a terminal (no progress bar).
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, false, args);
    }

    /** Runs the command line with these streams; {@code errIsTerminal} decides whether a progress bar is drawn. */
    static int run(InputStream in, PrintWriter out, PrintWriter err, boolean errIsTerminal, String... args) {
        CommandLine cl = commandLine(in, out, err, errIsTerminal);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The picocli command tree with nianbao's exit codes (see {@link ExitCodes}). */
    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean errIsTerminal) {
        CommandLine cl = new CommandLine(new NianbaoCommand(in, errIsTerminal));
        NianbaoCommand.Version version = new NianbaoCommand.Version();
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("nianbao: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("nianbao: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** Turns off the logging of PDFBox (commons-logging), POI (log4j-api) and java.util.logging. */
    static void silenceLibraryLogging() {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("log4j2.StatusLogger.level", "OFF");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
