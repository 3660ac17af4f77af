package io.github.nianbao.cli;

import io.github.nianbao.bulk.DatabaseQuery;
import io.github.nianbao.export.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao query --db FILE "SQL"}: a read-only query printed as a table (or CSV). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a read-only SQL query on an import database and prints the result as a table.",
            "Tables: reports, cells, diagnostics, codebook, wide (see docs/CLI.md)."},
        footer = {"", "Exit codes: 0 done; 2 usage error; 1 the query or the database failed."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "A database written by nianbao import.")
    Path database;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, no byte-order mark) instead of a table.")
    boolean csv;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows printed (default: ${DEFAULT-VALUE}).")
    int maxRows = 1000;

    @Parameters(index = "0", paramLabel = "SQL", description = "One SQL statement, such as \"SELECT agency, year, "
            + "s3_new_total FROM wide\".")
    String sql;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(database)) {
            throw new ParameterException(spec.commandLine(), "no such database: " + database);
        }
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            DatabaseQuery.Result r = DatabaseQuery.run(database, sql, maxRows);
            if (csv) {
                printCsv(out, r);
            } else {
                out.print(TextTable.render(r.columns(), r.rows()));
            }
            if (r.truncated()) {
                spec.commandLine().getErr().println("nianbao query: only the first " + maxRows
                        + " rows are shown (--max-rows)");
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("nianbao query: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }

    private static void printCsv(PrintWriter out, DatabaseQuery.Result r) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.row(r.columns());
        for (List<String> row : r.rows()) {
            for (String cell : row) {
                w.number(cell); // plain decimals stay numbers; any other text is neutralised
            }
            w.endRow();
        }
        out.flush();
    }
}
