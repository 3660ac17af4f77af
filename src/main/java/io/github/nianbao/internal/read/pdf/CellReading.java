package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.OcrWord;
import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Combines the readings of a number cell (the cell read with all characters allowed, and read again with only
 * number characters by each recogniser) by vote. The text most readings agree on wins (ties: the well-formed
 * number, then the more confident); the cell is sure only when at least two readings agree, none disagrees or the
 * agreeing ones are confident, and otherwise doubtful. Ink that no reading could read becomes {@link #UNREADABLE},
 * which the parser reports as an unreadable cell. The other readings, and the recogniser's next-best characters for
 * each unsure digit, are kept as alternatives.
 *
 * @param text    the text chosen
 * @param reading its confidence, doubt and alternatives
 */
record CellReading(String text, OcrReading reading) {

    /** 无 (none): the zero mark printed in Chinese. */
    private static final String NONE = "无";
    /** The text of a cell that holds ink no reading could read. */
    static final String UNREADABLE = "\uFFFD";
    /** Confidence (0..100) agreeing readings need when another reading disagrees. */
    private static final double SURE = 80;
    /** Confidence (0..100) below which even unanimous readings are doubtful. */
    private static final double DOUBTFUL_AGREED = 50;
    /** A character below this confidence (0..100) gets its next-best candidates as alternatives. */
    private static final double UNSURE_CHARACTER = 90;
    private static final int MAX_ALTERNATIVES = 8;
    private static final Pattern WELL_FORMED = Pattern.compile("\\d+(\\.\\d+)?|[—\\-/]+");
    private static final Pattern ZERO_MARK = Pattern.compile("[—\\-/]+");
    /** Confidence (0..100) of a zero mark recognised by its shape. */
    static final double SHAPE_CONFIDENCE = 95;

    /**
     * One reading of a cell.
     *
     * @param text       what was read (spaces removed), empty when nothing
     * @param confidence 0..100
     * @param symbols    per-character candidates when the recogniser gave them, else empty
     * @param shape      whether it comes from the ink's shape ({@link io.github.nianbao.internal.read.ocr.InkShape})
     */
    record Candidate(String text, double confidence, List<OcrWord.Symbol> symbols, boolean shape) {

        Candidate(String text, double confidence, List<OcrWord.Symbol> symbols) {
            this(text, confidence, symbols, false);
        }

        /** A zero mark recognised by its shape. */
        static Candidate ofShape(String mark) {
            return new Candidate(mark, SHAPE_CONFIDENCE, List.of(), true);
        }

        /** The reading made of {@code words} (in reading order). */
        static Candidate of(List<OcrWord> words) {
            StringBuilder sb = new StringBuilder();
            double conf = 100;
            List<OcrWord.Symbol> symbols = new ArrayList<>();
            boolean complete = true;
            for (OcrWord w : words) {
                sb.append(w.text().replace(" ", ""));
                conf = Math.min(conf, w.confidence());
                complete &= !w.symbols().isEmpty();
                symbols.addAll(w.symbols());
            }
            String text = sb.toString();
            return new Candidate(text, text.isEmpty() ? 0 : conf, complete ? symbols : List.of());
        }

        /** The reading made of glyphs (the first reading, already turned into glyphs). */
        static Candidate ofGlyphs(String text, List<Glyph> glyphs) {
            double conf = 100;
            for (Glyph g : glyphs) {
                if (g.ocr() != null) {
                    conf = Math.min(conf, g.ocr().confidence() * 100);
                }
            }
            String t = text.replace(" ", "");
            return new Candidate(t, t.isEmpty() ? 0 : conf, List.of());
        }
    }

    /**
     * The combined reading of one cell that holds ink. A zero mark recognised by its shape wins (OCR reads a lone
     * {@code /} as {@code 1}); it is sure when some reading saw a zero mark too or none saw a digit.
     */
    static CellReading combine(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.shape()) {
                return byShape(c, candidates);
            }
        }
        Candidate first = candidates.get(0);
        if (NONE.equals(first.text()) && first.confidence() >= SURE) {
            // the Chinese zero mark: the number readings, which cannot read it, are outvoted
            return new CellReading(NONE, new OcrReading(first.confidence() / 100, false, List.of()));
        }
        candidates = withoutLoneHan(candidates);
        Map<String, List<Candidate>> votes = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (!c.text().isEmpty()) {
                votes.computeIfAbsent(c.text(), k -> new ArrayList<>()).add(c);
            }
        }
        if (votes.isEmpty()) {
            return new CellReading(UNREADABLE, new OcrReading(0, true, List.of()));
        }
        List<Map.Entry<String, List<Candidate>>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, List<Candidate>>>comparingInt(e -> e.getValue().size())
                .thenComparing(e -> WELL_FORMED.matcher(e.getKey()).matches())
                .thenComparingDouble(e -> best(e.getValue()).confidence()).reversed());
        String text = ranked.get(0).getKey();
        List<Candidate> agree = ranked.get(0).getValue();
        double conf = best(agree).confidence();
        double weakest = agree.stream().mapToDouble(Candidate::confidence).min().orElse(0);
        boolean unanimous = ranked.size() == 1;
        boolean doubtful = agree.size() < 2 || (unanimous ? conf < DOUBTFUL_AGREED : weakest < SURE)
                || !WELL_FORMED.matcher(text).matches();
        List<OcrReading.Alternative> alternatives = new ArrayList<>();
        for (int i = 1; i < ranked.size(); i++) {
            alternatives.add(new OcrReading.Alternative(ranked.get(i).getKey(),
                    best(ranked.get(i).getValue()).confidence() / 100));
        }
        for (Candidate c : agree) {
            if (!c.symbols().isEmpty()) {
                alternatives.addAll(substitutions(text, c.symbols()));
                break;
            }
        }
        return new CellReading(text, new OcrReading(conf / 100, doubtful, distinct(alternatives, text)));
    }

    /**
     * The readings without a short first reading holding a Chinese character when the number readings agree on a
     * number: the Chinese model reads a lone {@code 1} as 工, 上 or 】 with high confidence, and takes specks for
     * characters. {@code 无}, the one Chinese zero mark, is kept.
     */
    private static List<Candidate> withoutLoneHan(List<Candidate> candidates) {
        Candidate first = candidates.get(0);
        String t = first.text();
        if (t.codePointCount(0, t.length()) > 3 || !WordGlyphs.isHan(t) || NONE.equals(t)) {
            return candidates;
        }
        List<Candidate> rest = candidates.subList(1, candidates.size());
        String agreed = null;
        for (Candidate c : rest) {
            if (c.text().isEmpty() || !WELL_FORMED.matcher(c.text()).matches()
                    || agreed != null && !agreed.equals(c.text())) {
                return candidates;
            }
            agreed = c.text();
        }
        if (agreed == null) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(rest);
        out.add(new Candidate(t, 0, List.of())); // kept as an alternative, with no weight
        return out;
    }

    private static CellReading byShape(Candidate shape, List<Candidate> candidates) {
        boolean mark = false;
        boolean digit = false;
        List<OcrReading.Alternative> alternatives = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.shape() || c.text().isEmpty()) {
                continue;
            }
            mark |= ZERO_MARK.matcher(c.text()).matches();
            digit |= c.text().chars().anyMatch(Character::isDigit);
            alternatives.add(new OcrReading.Alternative(c.text(), c.confidence() / 100));
        }
        boolean doubtful = !mark && digit;
        return new CellReading(shape.text(), new OcrReading(shape.confidence() / 100, doubtful,
                distinct(alternatives, shape.text())));
    }

    private static Candidate best(List<Candidate> list) {
        return list.stream().max(Comparator.comparingDouble(Candidate::confidence)).orElseThrow();
    }

    /**
     * {@code text} with one unsure character replaced by one of the recogniser's other candidates for it, most
     * likely first (a candidate weighed at 0 ranks by how unsure the chosen character was).
     */
    static List<OcrReading.Alternative> substitutions(String text, List<OcrWord.Symbol> symbols) {
        List<OcrReading.Alternative> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        if (symbols.size() != cps.length) {
            return out;
        }
        for (int i = 0; i < symbols.size(); i++) {
            OcrWord.Symbol s = symbols.get(i);
            if (s.confidence() >= UNSURE_CHARACTER) {
                continue;
            }
            int rank = 0;
            for (OcrWord.Choice c : s.choices()) {
                String ch = c.text();
                if (ch.codePointCount(0, ch.length()) != 1 || ch.codePointAt(0) == cps[i]) {
                    continue;
                }
                int[] alt = cps.clone();
                alt[i] = ch.codePointAt(0);
                rank++;
                double likely = c.confidence() > 0 ? c.confidence() : (100 - s.confidence()) / (rank + 1);
                out.add(new OcrReading.Alternative(new String(alt, 0, alt.length), Math.min(1, likely / 100)));
            }
        }
        out.sort(Comparator.comparingDouble(OcrReading.Alternative::confidence).reversed());
        return out;
    }

    private static List<OcrReading.Alternative> distinct(List<OcrReading.Alternative> list, String text) {
        Map<String, OcrReading.Alternative> out = new LinkedHashMap<>();
        for (OcrReading.Alternative a : list) {
            if (!a.text().equals(text)) {
                out.putIfAbsent(a.text(), a);
            }
        }
        List<OcrReading.Alternative> l = new ArrayList<>(out.values());
        return l.size() > MAX_ALTERNATIVES ? l.subList(0, MAX_ALTERNATIVES) : l;
    }
}
