package io.github.nianbao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nianbao}: the top-level command; does nothing itself but show its subcommands. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = NianbaoCommand.Version.class,
        subcommands = {ParseCommand.class, ImportCommand.class, ExportCommand.class, QueryCommand.class},
        description = "Reads 政府信息公开工作年度报告 (government information-disclosure annual reports) into data.",
        footer = {"", "Exit codes: 0 all files read; 3 some files failed; 2 usage error; 1 internal error."})
final class NianbaoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The version from the jar manifest, or {@code dev} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = NianbaoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"nianbao " + (v == null ? "dev" : v)};
        }
    }
}
