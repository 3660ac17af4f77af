package io.github.nianbao.bulk;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** One file of a bulk import: read, hash, skip if known, parse under a hard time limit, hand to the writer. */
final class FileTask implements Runnable {

    /**
     * What every task shares.
     *
     * @param known    sha256 → source of files already in the database (not modified)
     * @param claimed  sha256 → source of files taken by this run (to skip duplicates inside one run)
     * @param stopped  true once the writer has failed: remaining files are not read
     */
    record Context(DocumentParser parser, ParseOptions options, ExecutorService parsing, Map<String, String> known,
                   Map<String, String> claimed, BlockingQueue<ParsedFile> queue, BooleanSupplier stopped) {

        Context(DocumentParser parser, ParseOptions options, ExecutorService parsing, Map<String, String> known,
                BlockingQueue<ParsedFile> queue, BooleanSupplier stopped) {
            this(parser, options, parsing, known, new ConcurrentHashMap<>(), queue, stopped);
        }
    }

    private final Path file;
    private final String source;
    private final Context ctx;

    FileTask(Path file, Context ctx) {
        this.file = file;
        this.source = file.toString();
        this.ctx = ctx;
    }

    @Override
    public void run() {
        if (ctx.stopped().getAsBoolean()) {
            return;
        }
        ParsedFile result;
        try {
            result = process();
        } catch (Throwable e) { // NOPMD: one bad file must never stop the run
            result = failed(null, -1, "INTERNAL", BulkImporter.describe(e), 0, null);
        }
        hand(result);
    }

    private ParsedFile process() {
        long size;
        byte[] data = null;
        String sha;
        try {
            size = Files.size(file);
            if (size > ctx.options().maxBytes()) {
                sha = hashStream();
            } else {
                data = Files.readAllBytes(file);
                sha = hex(digest().digest(data));
            }
        } catch (IOException e) {
            return failed(null, -1, Reason.IO.name(), "cannot read the file: " + BulkImporter.describe(e), 0, null);
        }
        ParsedFile skip = skipIfKnown(sha, size);
        if (skip != null) {
            return skip;
        }
        if (data == null) {
            return failed(sha, size, Reason.TOO_LARGE.name(), "the file has " + size + " bytes, more than the limit of "
                    + ctx.options().maxBytes() + " (--max-bytes)", 0, null);
        }
        ParsedFile parsed = parse(data, sha, size);
        if (parsed.format() == null && parsed.outcome().status() == ImportStatus.FAILED) {
            return new ParsedFile(parsed.outcome(), size, parsed.report(), sniff(data));
        }
        return parsed;
    }

    /** The format of a file that failed, for the {@code reports.format} column; null when not recognisable. */
    private static String sniff(byte[] data) {
        try {
            return NianbaoParser.detectFormat(data).id();
        } catch (NianbaoException e) {
            return null;
        }
    }

    private ParsedFile skipIfKnown(String sha, long size) {
        String stored = ctx.known().get(sha);
        if (stored != null) {
            return new ParsedFile(new FileOutcome(source, sha, ImportStatus.SKIPPED, "ALREADY_STORED",
                    "already in the database as " + stored, 0), size, null);
        }
        String earlier = ctx.claimed().putIfAbsent(sha, source);
        if (earlier != null) {
            return new ParsedFile(new FileOutcome(source, sha, ImportStatus.SKIPPED, "DUPLICATE",
                    "same content as " + earlier, 0), size, null);
        }
        return null;
    }

    private ParsedFile parse(byte[] data, String sha, long size) {
        long timeoutMillis = ctx.options().timeout().toMillis();
        long start = System.nanoTime();
        Future<AnnualReport> future = ctx.parsing().submit(() -> ctx.parser().parse(data, source));
        try {
            AnnualReport report = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            long ms = elapsedMillis(start);
            Diagnostic rejection = BulkImporter.rejection(report);
            if (rejection != null) {
                return failed(sha, size, rejection.code().name(), rejection.message(), ms, report);
            }
            return new ParsedFile(new FileOutcome(source, sha, ImportStatus.IMPORTED, null, null, ms), size, report);
        } catch (TimeoutException e) {
            future.cancel(true);
            return timedOut(sha, size, start);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof NianbaoException ne) {
                if (ne.reason() == Reason.TIMEOUT) {
                    return timedOut(sha, size, start);
                }
                return failed(sha, size, ne.reason().name(), ne.getMessage(), elapsedMillis(start), null);
            }
            return failed(sha, size, "INTERNAL", BulkImporter.describe(cause), elapsedMillis(start), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(sha, size, "INTERRUPTED", "the import was interrupted", elapsedMillis(start), null);
        }
    }

    private ParsedFile timedOut(String sha, long size, long start) {
        return failed(sha, size, Reason.TIMEOUT.name(), "timed out after " + seconds(ctx.options()) + " s",
                elapsedMillis(start), null);
    }

    private ParsedFile failed(String sha, long size, String reason, String message, long ms, AnnualReport report) {
        return new ParsedFile(new FileOutcome(source, sha, ImportStatus.FAILED, reason, message, ms), size, report);
    }

    private void hand(ParsedFile result) {
        boolean interrupted = false;
        while (true) {
            try {
                ctx.queue().put(result);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the result must still reach the writer
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String hashStream() throws IOException {
        MessageDigest md = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return hex(md.digest());
    }

    private static String seconds(ParseOptions o) {
        long ms = o.timeout().toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
