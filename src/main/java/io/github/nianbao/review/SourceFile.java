package io.github.nianbao.review;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A report's source document, found from the path the import stored and checked against the content hash it stored:
 * a page never shows an image or a line of another file than the one the numbers came from.
 */
final class SourceFile {

    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.BULK);

    private final Path path;
    private final byte[] bytes;
    private final String problem;
    private ReportText text;
    private AnnualReport reparsed;

    private SourceFile(Path path, byte[] bytes, String problem) {
        this.path = path;
        this.bytes = bytes;
        this.problem = problem;
    }

    /**
     * The file at {@code source} (resolved against {@code root} when relative), if its content has the hash
     * {@code sha256}; otherwise a source with a {@link #problem()}.
     */
    static SourceFile locate(String source, String sha256, Path root) {
        Path p;
        try {
            p = root.resolve(source);
        } catch (InvalidPathException e) {
            return new SourceFile(null, null, "the stored source \"" + source + "\" is not a path on this system");
        }
        if (!Files.isRegularFile(p)) {
            return new SourceFile(p, null, "the source file is not at " + p + " (give --source-root the folder the "
                    + "import was run from)");
        }
        byte[] data;
        try {
            data = Files.readAllBytes(p);
        } catch (IOException | OutOfMemoryError e) {
            return new SourceFile(p, null, "the source file " + p + " cannot be read: " + e.getMessage());
        }
        if (sha256 == null || !sha256.equalsIgnoreCase(OutputFolder.sha256(data))) {
            return new SourceFile(p, null, "the file at " + p + " is not the one imported (its content changed since)");
        }
        return new SourceFile(p, data, null);
    }

    /** Why the file cannot be used, or null when it can. */
    String problem() {
        return problem;
    }

    Path path() {
        return path;
    }

    /** The file's content (only when {@link #problem()} is null). */
    byte[] bytes() {
        return bytes;
    }

    /** The report text a reader makes of the file, lines by number; throws when it cannot be read. */
    Map<Integer, String> lines() throws NianbaoException {
        if (text == null) {
            text = PARSER.read(bytes);
        }
        Map<Integer, String> out = new HashMap<>();
        for (TextLine l : text.lines()) {
            out.putIfAbsent(l.location().line(), l.text());
        }
        return out;
    }

    /** The file parsed again by this version of nianbao. */
    AnnualReport reparse() throws NianbaoException {
        if (reparsed == null) {
            reparsed = PARSER.parse(bytes, path.toString());
        }
        return reparsed;
    }
}
