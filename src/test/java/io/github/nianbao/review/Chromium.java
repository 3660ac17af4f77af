package io.github.nianbao.review;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs) driven by its own command line:
 * {@code --dump-dom} prints the DOM after the page's scripts ran, {@code --screenshot} writes a PNG. No network, no
 * profile of the user's: a fresh {@code --user-data-dir} per browser.
 */
final class Chromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;
    private final Path profile;

    private Chromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /**
     * The browser, or the test is skipped with a message saying why — only off CI: with {@code CI} set the test
     * fails instead, since CI installs it.
     */
    static Chromium require(Path scratch) throws IOException {
        Optional<Path> found = find();
        boolean ci = System.getenv("CI") != null;
        if (found.isEmpty() && !ci) {
            System.err.println("SKIPPED the review site's browser checks: Chromium is not installed (apt-get install "
                    + "chromium, or set NIANBAO_CHROMIUM to its path); CI installs it and runs them");
        }
        Assumptions.assumeTrue(found.isPresent() || ci, "Chromium is not installed (apt-get install chromium, or set "
                + "NIANBAO_CHROMIUM): the browser checks of the review site are skipped on this machine; CI runs them");
        if (found.isEmpty()) {
            throw new AssertionError("CI is set but no Chromium was found (.ci/run installs Debian's chromium)");
        }
        return new Chromium(found.get(), Files.createDirectories(scratch.resolve("chromium-profile")));
    }

    static Optional<Path> find() {
        String env = System.getenv("NIANBAO_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM of {@code page} after its scripts ran (and its frames loaded). */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, List.of("--dump-dom"), null);
    }

    /** A screenshot of {@code page} in a window of {@code width} × {@code height} CSS pixels. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars"), png);
        if (!Files.isRegularFile(png)) {
            throw new IOException("Chromium wrote no screenshot " + png);
        }
    }

    private String run(Path page, List<String> what, Path png) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-dev-shm-usage", "--allow-file-access-from-files",
                "--virtual-time-budget=10000",
                "--user-data-dir=" + profile));
        cmd.addAll(what);
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Chromium did not finish in 120 s: " + cmd);
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || (png == null && dom.isBlank())) {
            throw new IOException("Chromium failed (exit " + p.exitValue() + "): " + cmd + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return dom;
    }
}
