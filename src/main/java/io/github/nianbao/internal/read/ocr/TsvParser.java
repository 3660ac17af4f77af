package io.github.nianbao.internal.read.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Tesseract's TSV output: one row per page, block, paragraph, line and word (level 5), with the box and the
 * confidence of each word.
 */
final class TsvParser {

    private static final int LEVEL = 0;
    private static final int PAGE = 1;
    private static final int BLOCK = 2;
    private static final int PARAGRAPH = 3;
    private static final int LINE = 4;
    private static final int LEFT = 6;
    private static final int TOP = 7;
    private static final int WIDTH = 8;
    private static final int HEIGHT = 9;
    private static final int CONF = 10;
    private static final int TEXT = 11;

    private TsvParser() {
    }

    /** Per page (from 1, in order), the words (level 5 rows with text), in Tesseract's reading order. */
    static List<List<OcrWord>> pages(String tsv) {
        List<List<OcrWord>> out = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length <= TEXT || !"5".equals(f[LEVEL])) {
                continue;
            }
            String text = f[TEXT].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                int x = Integer.parseInt(f[LEFT]);
                int y = Integer.parseInt(f[TOP]);
                int w = Integer.parseInt(f[WIDTH]);
                int h = Integer.parseInt(f[HEIGHT]);
                double conf = Double.parseDouble(f[CONF]);
                int page = Integer.parseInt(f[PAGE]);
                Integer line = lines.computeIfAbsent(page + "." + f[BLOCK] + "." + f[PARAGRAPH] + "." + f[LINE],
                        k -> lines.size() + 1);
                while (out.size() < page) {
                    out.add(new ArrayList<>());
                }
                out.get(page - 1).add(new OcrWord(text, x, y, x + w, y + h, Math.max(0, conf), line, List.of()));
            } catch (NumberFormatException e) {
                // a damaged row is skipped; the rest of the page is still read
            }
        }
        return out;
    }
}
