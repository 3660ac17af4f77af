package io.github.nianbao.internal.read.ocr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Tesseract command-line program (光学字符识别) on one image: the image goes to a temporary PGM file, the
 * program's TSV (or hOCR) output is read back, the files are deleted. No shell is involved; the process gets a time
 * limit and is killed when it passes it; it runs on one thread ({@code OMP_THREAD_LIMIT=1}), so that parallel
 * imports do not oversubscribe the machine. Immutable and thread-safe.
 */
public final class Tesseract {

    /** The program looked up on the {@code PATH} when no other is configured. */
    public static final String DEFAULT_PROGRAM = "tesseract";
    /** The language data Chinese reports need (Debian package {@code tesseract-ocr-chi-sim}). */
    public static final String CHINESE = "chi_sim";
    /** The English data, which reads lone digits better (Debian package {@code tesseract-ocr-eng}). */
    public static final String ENGLISH = "eng";
    private static final long PROBE_SECONDS = 20;
    private static final Pattern VERSION = Pattern.compile("tesseract\\s+v?(\\d+)\\.");
    private static final Map<String, String> PROBLEMS = new ConcurrentHashMap<>();
    /** Nanoseconds each thread waited for the program (for the benchmark's OCR share). */
    private static final ThreadLocal<long[]> RUN_NANOS = ThreadLocal.withInitial(() -> new long[1]);

    private final String program;
    /** Where the temporary folders go, or null for the system's temporary folder. */
    private final Path tempRoot;

    public Tesseract(String program) {
        this(program, null);
    }

    Tesseract(String program, Path tempRoot) {
        this.program = program == null || program.isBlank() ? DEFAULT_PROGRAM : program;
        this.tempRoot = tempRoot;
    }

    public String program() {
        return program;
    }

    /**
     * What stops OCR with {@code program}, or the empty string when it is usable (version 4 or newer, Chinese and
     * English language data installed). Asked once per program per JVM.
     */
    public static String problem(String program) {
        String p = program == null || program.isBlank() ? DEFAULT_PROGRAM : program;
        return PROBLEMS.computeIfAbsent(p, Tesseract::probe);
    }

    private static String probe(String program) {
        try {
            String version = capture(List.of(program, "--version"));
            Matcher m = VERSION.matcher(version);
            if (m.find() && Integer.parseInt(m.group(1)) < 4) {
                return "Tesseract " + m.group(1) + ".x is too old (version 4 or newer is needed)";
            }
            List<String> langs = capture(List.of(program, "--list-langs")).lines().map(String::strip).toList();
            if (!langs.contains(CHINESE)) {
                return "Tesseract has no Chinese language data (" + CHINESE + ")";
            }
            if (!langs.contains(ENGLISH)) {
                return "Tesseract has no English language data (" + ENGLISH + ", used for digits)";
            }
            return "";
        } catch (IOException e) {
            return "the OCR program \"" + program + "\" cannot be run";
        }
    }

    /** Runs a short command and returns what it printed on stdout and stderr. */
    private static String capture(List<String> command) throws IOException {
        Path out = Files.createTempFile("nianbao-ocr", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("no answer from " + command.get(0));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Reads the words of {@code image}, killing the program after {@code timeoutNanos}. */
    public List<OcrWord> read(GrayImage image, OcrRequest request, long timeoutNanos) throws OcrFailure {
        return read(List.of(image), request, timeoutNanos).get(0);
    }

    /**
     * Reads several images in one run (Tesseract is given a list of image files, so it starts and loads its
     * models once), killing the program after {@code timeoutNanos}.
     *
     * @return per image, its words
     */
    public List<List<OcrWord>> read(List<GrayImage> images, OcrRequest request, long timeoutNanos)
            throws OcrFailure {
        try (Run run = start(images, request)) {
            return run.finish(timeoutNanos);
        }
    }

    /**
     * Starts reading several images in one run and returns at once, so that another run can go on at the same
     * time; {@link Run#finish} waits for the words, {@link Run#close} kills the program if it still runs and
     * deletes its files.
     */
    public Run start(List<GrayImage> images, OcrRequest request) throws OcrFailure {
        Path dir = null;
        try {
            dir = tempRoot == null ? Files.createTempDirectory("nianbao-ocr")
                    : Files.createTempDirectory(tempRoot, "nianbao-ocr");
            if (images.isEmpty()) {
                return new Run(null, dir, images.size(), request);
            }
            Path in;
            if (images.size() == 1) {
                in = write(images.get(0), dir.resolve("in.pgm"));
            } else {
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < images.size(); i++) {
                    list.append(write(images.get(i), dir.resolve("in" + i + ".pgm"))).append('\n');
                }
                in = dir.resolve("in.txt");
                Files.writeString(in, list, StandardCharsets.UTF_8);
            }
            Process p = launch(command(in, dir.resolve("out"), request), dir.resolve("err.txt"));
            return new Run(p, dir, images.size(), request);
        } catch (IOException | RuntimeException e) {
            deleteAll(dir);
            throw new OcrFailure(OcrFailure.Kind.FAILED, "OCR failed: " + e.getMessage(), e);
        } catch (OcrFailure e) {
            deleteAll(dir);
            throw e;
        }
    }

    /** A Tesseract run under way. Not thread-safe; one owner. */
    public static final class Run implements AutoCloseable {
        private final Process process;
        private final Path dir;
        private final int images;
        private final OcrRequest request;
        private boolean closed;

        private Run(Process process, Path dir, int images, OcrRequest request) {
            this.process = process;
            this.dir = dir;
            this.images = images;
            this.request = request;
        }

        /** Waits up to {@code timeoutNanos} for the program (then kills it) and returns, per image, its words. */
        public List<List<OcrWord>> finish(long timeoutNanos) throws OcrFailure {
            if (process == null) {
                return List.of();
            }
            try {
                awaitExit(process, dir.resolve("err.txt"), timeoutNanos);
                boolean hocr = request.output() != OcrRequest.Output.WORDS;
                Path result = dir.resolve(hocr ? "out.hocr" : "out.tsv");
                if (!Files.exists(result)) {
                    throw new OcrFailure(OcrFailure.Kind.FAILED, "Tesseract wrote no output", null);
                }
                String text = Files.readString(result, StandardCharsets.UTF_8);
                List<List<OcrWord>> pages = hocr ? HocrParser.pages(text) : TsvParser.pages(text);
                List<List<OcrWord>> out = new ArrayList<>(images);
                for (int i = 0; i < images; i++) {
                    out.add(i < pages.size() ? pages.get(i) : List.of());
                }
                return out;
            } catch (IOException | RuntimeException e) {
                throw new OcrFailure(OcrFailure.Kind.FAILED, "OCR failed: " + e.getMessage(), e);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (process != null && process.isAlive()) {
                kill(process);
            }
            deleteAll(dir);
        }
    }

    private static Path write(GrayImage image, Path file) throws IOException {
        image.writePgm(file);
        String keep = System.getProperty("nianbao.ocr.keep");
        if (keep != null) {
            Files.copy(file, Path.of(keep, "ocr-" + System.nanoTime() + ".pgm"));
        }
        return file;
    }

    private List<String> command(Path in, Path base, OcrRequest r) {
        List<String> c = new ArrayList<>(List.of(program, in.toString(), base.toString(), "-l", r.languages(),
                "--psm", Integer.toString(r.pageSegmentation()), "--dpi", Integer.toString(r.dpi())));
        if (!r.whitelist().isEmpty()) {
            c.add("-c");
            c.add("tessedit_char_whitelist=" + r.whitelist());
        }
        if (r.output() == OcrRequest.Output.CHOICES) {
            c.add("-c");
            c.add("lstm_choice_mode=2");
        }
        if (r.output() == OcrRequest.Output.WORDS) {
            c.add("tsv");
        } else {
            c.add("-c");
            c.add("hocr_char_boxes=1");
            c.add("hocr");
        }
        return c;
    }

    /** Nanoseconds the calling thread has waited for Tesseract's processes so far. */
    public static long runNanos() {
        return RUN_NANOS.get()[0];
    }

    private static Process launch(List<String> command, Path err) throws OcrFailure {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        try {
            return pb.start();
        } catch (IOException e) {
            throw new OcrFailure(OcrFailure.Kind.MISSING, "the OCR program \"" + command.get(0)
                    + "\" cannot be run: " + e.getMessage(), e);
        }
    }

    /** Waits for the program to end; the waiting time counts in {@link #runNanos}. */
    private static void awaitExit(Process p, Path err, long timeoutNanos) throws OcrFailure, IOException {
        long start = System.nanoTime();
        try {
            if (!p.waitFor(Math.max(1, timeoutNanos), TimeUnit.NANOSECONDS)) {
                kill(p);
                throw new OcrFailure(OcrFailure.Kind.TIMEOUT, "OCR took longer than its time limit", null);
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new OcrFailure(OcrFailure.Kind.TIMEOUT, "OCR was interrupted", e);
        } finally {
            RUN_NANOS.get()[0] += System.nanoTime() - start;
        }
        if (p.exitValue() != 0) {
            String msg = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8).strip() : "";
            throw new OcrFailure(OcrFailure.Kind.FAILED, "Tesseract failed (exit " + p.exitValue() + ")"
                    + (msg.isEmpty() ? "" : ": " + msg.lines().reduce((x, y) -> y).orElse("")), null);
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary file that cannot be deleted is left to the system's temp cleaner
        }
    }
}
