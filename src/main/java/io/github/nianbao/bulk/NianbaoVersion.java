package io.github.nianbao.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of nianbao that parses, stamped on every report an import stores ({@code reports.nianbao_version}). */
final class NianbaoVersion {

    private static final String RESOURCE = "/io/github/nianbao/bulk/version.properties";
    private static final String CURRENT = load();

    private NianbaoVersion() {
    }

    /** Such as {@code 0.1.0-SNAPSHOT}. */
    static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = NianbaoVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("version resource missing: " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            if (v == null || v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("version resource not filtered by the build: " + RESOURCE);
            }
            return v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
