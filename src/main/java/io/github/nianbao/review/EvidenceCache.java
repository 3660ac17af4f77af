package io.github.nianbao.review;

import io.github.nianbao.model.Box;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One small text file per report in the site's {@code .cache/} folder: the key its evidence was found for, then one
 * line per flagged cell (tab-separated; tabs, newlines and backslashes escaped).
 */
final class EvidenceCache {

    /** Changes whenever the file's layout changes. */
    static final int VERSION = 1;

    private EvidenceCache() {
    }

    static String path(String name) {
        return ".cache/" + name + ".tsv";
    }

    /**
     * The cached evidence if the file is there with this key and every image it names is still there as the last run
     * wrote it (those files and the cache file are then kept in the site); null otherwise.
     */
    static Map<String, Evidence> read(OutputFolder folder, String path, String key) throws IOException {
        Path file = folder.root().resolve(path);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(key)) {
            return null;
        }
        Map<String, Evidence> out = new LinkedHashMap<>();
        List<String> images = new ArrayList<>();
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                out.put(unescape(f[1]), parse(f));
                if (f[0].equals("img")) {
                    images.add(unescape(f[2]));
                }
            }
        } catch (RuntimeException e) {
            return null; // damaged: found again
        }
        for (String image : images) {
            if (!folder.keep(image)) {
                return null; // gone, or not written by the last run: found again
            }
        }
        return folder.keep(path) ? out : null;
    }

    static String write(String key, Map<String, Evidence> evidence) {
        StringBuilder sb = new StringBuilder(key).append('\n');
        for (Map.Entry<String, Evidence> e : evidence.entrySet()) {
            String code = escape(e.getKey());
            if (e.getValue() instanceof Evidence.Image i) {
                sb.append("img\t").append(code).append('\t').append(escape(i.file())).append('\t').append(i.page())
                        .append('\t').append(box(i.box())).append('\t').append(box(i.region())).append('\t')
                        .append(i.scale()).append('\t').append(i.width()).append('\t').append(i.height()).append('\t')
                        .append(i.origin().name());
            } else if (e.getValue() instanceof Evidence.Line l) {
                sb.append("line\t").append(code).append('\t').append(l.line()).append('\t').append(escape(l.text()));
            } else if (e.getValue() instanceof Evidence.Note n) {
                sb.append("note\t").append(code).append('\t').append(escape(n.text()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Evidence parse(String[] f) {
        return switch (f[0]) {
            case "img" -> new Evidence.Image(unescape(f[2]), Integer.parseInt(f[3]), box(f[4]), box(f[5]),
                    Float.parseFloat(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Evidence.BoxOrigin.valueOf(f[9]));
            case "line" -> new Evidence.Line(Integer.parseInt(f[2]), unescape(f[3]));
            case "note" -> new Evidence.Note(unescape(f[2]));
            default -> throw new IllegalArgumentException("unknown cache line: " + f[0]);
        };
    }

    private static String box(Box b) {
        return b.x0() + " " + b.y0() + " " + b.x1() + " " + b.y1();
    }

    private static Box box(String s) {
        String[] p = s.split(" ");
        return new Box(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3]));
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
