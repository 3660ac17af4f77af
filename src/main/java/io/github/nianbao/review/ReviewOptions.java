package io.github.nianbao.review;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link ReviewSite} writes a site. Immutable; start from {@link #defaults()}.
 *
 * @param sourceRoot the folder relative source paths of the database are resolved against (the folder the import was
 *                   run from)
 * @param jobs       reports rendered at the same time (page images are the slow part)
 */
public record ReviewOptions(Path sourceRoot, int jobs) {

    public ReviewOptions {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
    }

    /** Sources resolved against the working directory; one job per processor. */
    public static ReviewOptions defaults() {
        return new ReviewOptions(Path.of(""), Runtime.getRuntime().availableProcessors());
    }

    public ReviewOptions withSourceRoot(Path root) {
        return new ReviewOptions(root, jobs);
    }

    public ReviewOptions withJobs(int n) {
        return new ReviewOptions(sourceRoot, n);
    }
}
