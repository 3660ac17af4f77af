package io.github.nianbao.cli;

import io.github.nianbao.bulk.DatabaseExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao export --db FILE --csv DIR}: an import database as CSV files and a Stata do-file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes reports.csv, cells.csv (long), wide.csv (one row per report, one column per codebook "
                + "code), diagnostics.csv, codebook.csv and a Stata load.do that labels wide.csv's variables.",
            "CSV files are UTF-8 with a byte-order mark; text starting with = + - @ gets a leading apostrophe."},
        footer = {"", "Exit codes: 0 written; 2 usage error; 1 internal or database error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "A database written by nianbao import.")
    Path database;

    @Option(names = "--csv", required = true, paramLabel = "DIR", description = "Folder for the CSV files (created "
            + "if needed).")
    Path folder;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(database)) {
            throw new ParameterException(spec.commandLine(), "no such database: " + database);
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            Map<String, Integer> written = DatabaseExport.toCsv(database, folder);
            for (Map.Entry<String, Integer> e : written.entrySet()) {
                String what = e.getKey().endsWith(".do") ? " variables labelled" : " rows";
                out.println(folder.resolve(e.getKey()) + ": " + e.getValue() + what);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("nianbao export: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
