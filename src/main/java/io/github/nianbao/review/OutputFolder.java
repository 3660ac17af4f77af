package io.github.nianbao.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's folder. A manifest ({@value #MANIFEST}) lists every file the site wrote with the SHA-256 of its content: a
 * file whose new content hashes the same, and is still there, is not written again; at the end the files of the last
 * run that this run did not produce are deleted. A folder that holds other files and no manifest is refused, so that
 * nothing of someone else's is ever deleted.
 */
final class OutputFolder {

    static final String MANIFEST = ".nianbao-review";
    private static final String HEADER = "# nianbao review: files written (path, sha256); do not edit";

    /** What writing one file did. */
    enum Written {
        /** The file was new or its content changed. */
        WRITTEN,
        /** The file was there with the same content. */
        UNCHANGED
    }

    private final Path root;
    private final Map<String, String> previous;
    private final Map<String, String> current = new TreeMap<>();

    private OutputFolder(Path root, Map<String, String> previous) {
        this.root = root;
        this.previous = previous;
    }

    /** Opens (creating if needed) the folder. */
    static OutputFolder open(Path root) throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("cannot write the site into " + root + ": it is a file, not a folder");
        }
        Files.createDirectories(root);
        Path manifest = root.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(root + " is not empty and was not written by nianbao review: give --out a "
                            + "new or empty folder (or the folder of an earlier review)");
                }
            }
        }
        return new OutputFolder(root, readManifest(manifest));
    }

    Path root() {
        return root;
    }

    /** Writes {@code content} to {@code path} (relative, {@code /}-separated) unless the same content is there. */
    synchronized Written write(String path, byte[] content) throws IOException {
        String hash = sha256(content);
        current.put(path, hash);
        Path file = root.resolve(path);
        if (hash.equals(previous.get(path)) && Files.isRegularFile(file)) {
            return Written.UNCHANGED;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Written.WRITTEN;
    }

    /** {@link #write(String, byte[])} for UTF-8 text. */
    Written write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keeps a file of the last run that this run produces without rewriting (a cached image); false when it was not
     * in the last run's manifest or is gone.
     */
    synchronized boolean keep(String path) {
        String hash = previous.get(path);
        if (hash == null || !Files.isRegularFile(root.resolve(path))) {
            return false;
        }
        current.put(path, hash);
        return true;
    }

    /** Records a file written by other means (streamed), with the hash of what was written. */
    synchronized void record(String path, String hash) {
        current.put(path, hash);
    }

    /** Whether the last run wrote {@code path} with content of this hash and it is still there. */
    boolean unchanged(String path, String hash) {
        return hash.equals(previous.get(path)) && Files.isRegularFile(root.resolve(path));
    }

    /**
     * Deletes the files of the last run that this run did not produce, then writes the manifest.
     *
     * @return how many files were deleted
     */
    synchronized int finish() throws IOException {
        Set<String> stale = new HashSet<>(previous.keySet());
        stale.removeAll(current.keySet());
        for (String path : stale) {
            Files.deleteIfExists(root.resolve(path));
        }
        Path tmp = root.resolve(MANIFEST + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (Map.Entry<String, String> e : current.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, root.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return stale.size();
    }

    private static Map<String, String> readManifest(Path manifest) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(manifest)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0 && inside(manifest.getParent(), line.substring(0, tab))) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return out;
    }

    /** Whether a path of the manifest names a file inside the folder (an edited manifest deletes nothing else). */
    private static boolean inside(Path root, String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":") || path.contains("..")) {
            return false;
        }
        return root.resolve(path).normalize().startsWith(root.normalize());
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is not available", e));
        }
    }
}
