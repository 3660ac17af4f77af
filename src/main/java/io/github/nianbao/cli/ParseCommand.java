package io.github.nianbao.cli;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.export.ReportJson;
import io.github.nianbao.model.AnnualReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nianbao parse FILE...}: one JSON object per file on stdout. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parses report files and prints one JSON object per file (JSON Lines when several files or "
                + "--jsonl).", "A file that cannot be read prints {\"source\", \"error\", \"reason\"} and a line on "
                + "standard error; the others still print.", "FILE - reads standard input; the format is always "
                + "taken from the content."},
        footer = {"", "Exit codes: 0 all files parsed; 3 some files could not be read; 2 usage error; "
                + "1 internal error."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, DOCX, DOC, HTML or text files; - for "
            + "standard input.")
    List<String> files;

    @Option(names = "--name", paramLabel = "NAME", description = "The source recorded for standard input (default: "
            + "-), e.g. the file's name when it is piped in.")
    String stdinName;

    @ParentCommand
    NianbaoCommand parent;

    @Option(names = "--jsonl", description = "One JSON object per line, even for one file.")
    boolean jsonl;

    @Option(names = "--pretty", description = "Indent the JSON (one file without --jsonl only).")
    boolean pretty;

    @Mixin
    OcrOptions ocr;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.stream().filter(STDIN::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        if (stdinName != null && !files.contains(STDIN)) {
            throw new ParameterException(spec.commandLine(), "--name names standard input: give - as a FILE");
        }
        NianbaoParser parser = NianbaoParser.of(ocr.apply(ParseOptions.DEFAULT));
        boolean indent = pretty && !jsonl && files.size() == 1;
        int failed = 0;
        for (String file : files) {
            Result r = file.equals(STDIN) ? parseStdin(parser, indent) : parseOne(parser, file, indent);
            if (!r.ok()) {
                failed++;
                err.println("nianbao parse: " + r.source() + ": " + r.message());
                err.flush();
            }
            out.println(r.json());
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** The FILE that means standard input. */
    private static final String STDIN = "-";

    /** One file's JSON, and whether it was read (else the source and the message for standard error). */
    private record Result(String json, boolean ok, String source, String message) {
        static Result ok(String json) {
            return new Result(json, true, null, null);
        }

        static Result error(String file, String reason, String message) {
            return new Result(ReportJson.error(file, reason, message), false, file, message);
        }
    }

    private Result parseStdin(NianbaoParser parser, boolean indent) {
        String name = stdinName == null ? STDIN : stdinName;
        try {
            return Result.ok(ReportJson.toJson(parser.parse(parent.stdin, name), indent));
        } catch (NianbaoException e) {
            return Result.error(name, e.reason().name(), e.getMessage());
        } catch (IOException e) {
            return Result.error(name, NianbaoException.Reason.IO.name(), "cannot read standard input: "
                    + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Result.error(name, "INTERNAL", e.toString());
        }
    }

    private static Result parseOne(NianbaoParser parser, String file, boolean indent) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            AnnualReport report = parser.parse(in, file);
            return Result.ok(ReportJson.toJson(report, indent));
        } catch (NianbaoException e) {
            return Result.error(file, e.reason().name(), e.getMessage());
        } catch (NoSuchFileException e) {
            return Result.error(file, NianbaoException.Reason.IO.name(), "no such file: " + file);
        } catch (IOException e) {
            return Result.error(file, NianbaoException.Reason.IO.name(), "cannot read " + file + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Result.error(file, "INTERNAL", e.toString());
        }
    }
}
