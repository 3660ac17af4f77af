package io.github.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nianbao}: the top-level command; does nothing itself but show its subcommands. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = NianbaoCommand.Version.class,
        subcommands = {ParseCommand.class, ImportCommand.class, ExportCommand.class, QueryCommand.class,
            BenchCommand.class},
        description = "Reads 政府信息公开工作年度报告 (government information-disclosure annual reports) into data.",
        footer = {"", "Exit codes: 0 all files read; 3 some files failed; 2 usage error; 1 internal error."})
final class NianbaoCommand implements Callable<Integer> {

    /** Standard input (for {@code parse -}). */
    final InputStream stdin;
    /** Whether standard error is a terminal (for the progress bar). */
    final boolean stderrIsTerminal;

    @Spec
    CommandSpec spec;

    NianbaoCommand(InputStream stdin, boolean stderrIsTerminal) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The version the build wrote into {@code version.properties}; every subcommand's {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nianbao " + version()};
        }

        static String version() {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from the classpath");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version");
        }
    }
}
