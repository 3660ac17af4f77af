package io.github.nianbao.internal.read;

import io.github.nianbao.internal.Cjk;
import io.github.nianbao.internal.read.columns.Column;
import io.github.nianbao.internal.read.columns.ColumnAssigner;
import io.github.nianbao.internal.read.columns.DisplayWidth;
import io.github.nianbao.internal.read.columns.PositionalCell;
import io.github.nianbao.internal.read.columns.PositionalRow;
import io.github.nianbao.internal.read.columns.PositionalTable;
import io.github.nianbao.internal.read.columns.TableFinder;
import io.github.nianbao.internal.read.columns.Word;
import io.github.nianbao.internal.read.columns.WordLine;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Space-aligned text (空格对齐的文本, such as {@code pdftotext -layout} output): a character's position is its
 * column on the line, so the tables are read from positions with the same code as PDF tables without rule lines
 * ({@link TableFinder}, {@link PositionalTable}). Two ways of counting columns are tried for each table — one column
 * per character (as {@code pdftotext} lays out its lines) and display columns (wide and full-width characters take
 * two, as in an editor) — and the one that fits better is kept: fewer values that have to share a column with
 * another value of their row, then values closer to their header's text. Pages are separated by
 * form feeds; a table that goes on at the top of the next page keeps its columns, moved and scaled onto that page.
 * The lines outside tables are paragraphs, with lines wrapped by the layout (a title over two lines) joined.
 */
final class SpacedText {

    /** How columns are counted. */
    enum Metric {
        /** One column per character. */
        CHARACTERS,
        /** Display columns: East Asian wide and full-width characters take two. */
        DISPLAY
    }

    /** An enumeration mark alone: 一、 三. （一） (1) 1. 1、 */
    private static final Pattern NUMBERING = Pattern.compile(
            "[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、]");
    /** A run of three or more spaces between two printed characters. */
    private static final Pattern GAP = Pattern.compile("\\S[ \\u00A0]{3,}\\S");
    /** A line this wide (share of the widest line around it) runs on into the next one. */
    private static final double FULL_LINE = 0.8;
    /** Characters that end a sentence or a label: the line does not run on. */
    private static final String ENDS = "。！？；：:!?;…";

    private final ReportText.Builder builder;
    private final ReadLimits limits;
    private final long deadline;
    private int tables;
    private int cells;

    private SpacedText(ReportText.Builder builder, ReadLimits limits, long deadline) {
        this.builder = builder;
        this.limits = limits;
        this.deadline = deadline;
    }

    /** Whether a text's lines are aligned with spaces: many of its lines have wide gaps of spaces inside. */
    static boolean isSpaceAligned(List<String> lines) {
        int nonBlank = 0;
        int gapped = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                nonBlank++;
                gapped += GAP.matcher(l).find() ? 1 : 0;
            }
        }
        return gapped >= 5 && gapped * 6 >= nonBlank;
    }

    /**
     * Writes the lines ({@code lines.get(i)} is physical line {@code i + 1}) as tables and paragraphs.
     *
     * @return how many table cells were written
     */
    static int write(List<String> lines, ReportText.Builder builder, ReadLimits limits, long deadline)
            throws ReadFailure {
        SpacedText t = new SpacedText(builder, limits, deadline);
        List<Column> carried = List.of();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || i > start && lines.get(i).indexOf('\f') >= 0) {
                carried = t.page(lines, start, i, carried);
                start = i;
            }
        }
        return t.cells;
    }

    /** One page (lines {@code [from, to)}); returns the columns of a table it ends with, or none. */
    private List<Column> page(List<String> lines, int from, int to, List<Column> carried) throws ReadFailure {
        Limits.checkDeadline(deadline);
        List<Integer> at = new ArrayList<>();
        List<WordLine> byCharacter = new ArrayList<>();
        List<WordLine> byDisplay = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String l = clean(lines.get(i));
            if (!l.isBlank() && l.indexOf('\t') < 0) {
                at.add(i);
                byCharacter.add(wordLine(l, i, Metric.CHARACTERS));
                byDisplay.add(wordLine(l, i, Metric.DISPLAY));
            }
        }
        List<int[]> regions = TableFinder.find(byCharacter);
        if (!carried.isEmpty() && !regions.isEmpty() && regions.get(0)[0] > 0
                && labelsOnly(byCharacter, regions.get(0)[0])) {
            regions.get(0)[0] = 0; // the rest of a row cut by the page break
        }
        List<Column> carry = List.of();
        int next = from;
        for (int[] r : regions) {
            int first = at.get(r[0]);
            paragraphs(lines, next, first);
            List<Column> inherited = r[0] == 0 ? carried : List.of();
            PositionalTable.Result best = null;
            List<Integer> rowLines = at.subList(r[0], r[1]);
            for (List<WordLine> metric : List.of(byCharacter, byDisplay)) {
                List<WordLine> part = metric.subList(r[0], r[1]);
                List<Column> columns = inherited.isEmpty() ? inherited
                        : ColumnAssigner.refit(inherited, values(leadingRows(part)));
                PositionalTable.Result result = PositionalTable.build(part, columns, PositionalTable.Clip.NONE,
                        null, PositionalTable.Positions.SPACED);
                if (best == null || result.crowded() < best.crowded()
                        || result.crowded() == best.crowded() && result.misfit() < best.misfit() - 1e-9) {
                    best = result;
                }
            }
            emit(best, rowLines);
            carry = r[1] == at.size() ? best.printed() : List.of();
            next = at.get(r[1] - 1) + 1;
        }
        paragraphs(lines, next, to);
        return carry;
    }

    private void emit(PositionalTable.Result result, List<Integer> rowLines) throws ReadFailure {
        tables++;
        int row = 0;
        for (PositionalRow r : result.rows()) {
            row++;
            int lineNo = rowLines.get(r.line()) + 1;
            List<TextCell> out = new ArrayList<>(r.cells().size());
            int col = 0;
            for (PositionalCell c : r.cells()) {
                Location where = new Location(lineNo, 0, tables, row, ++col);
                out.add(c.role() == PositionalCell.Role.OFF_PAGE ? TextCell.offPage(where)
                        : new TextCell(c.text(), where));
            }
            cells += out.size();
            Limits.checkCells(cells, limits);
            builder.row(out, new Location(lineNo, 0, tables, row, 0));
        }
    }

    /** The lines {@code [from, to)} outside tables, as paragraphs: wrapped lines joined. */
    private void paragraphs(List<String> lines, int from, int to) {
        int i = from;
        while (i < to) {
            String l = clean(lines.get(i));
            if (l.isBlank()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && !clean(lines.get(j)).isBlank()) {
                j++;
            }
            block(lines, i, j);
            i = j;
        }
    }

    /** A block of non-blank lines: each line that runs on into the next is joined to it. */
    private void block(List<String> lines, int from, int to) {
        int widest = 0;
        for (int i = from; i < to; i++) {
            widest = Math.max(widest, DisplayWidth.of(clean(lines.get(i)).strip()));
        }
        StringBuilder text = new StringBuilder();
        int startLine = from;
        for (int i = from; i < to; i++) {
            String l = clean(lines.get(i)).strip();
            text.append(text.length() > 0 && needsSpace(text.charAt(text.length() - 1), l.charAt(0)) ? " " : "")
                    .append(l);
            boolean last = i + 1 == to;
            if (last || !runsOn(clean(lines.get(i)), clean(lines.get(i + 1)), widest)) {
                builder.paragraph(text.toString(), Location.ofLine(startLine + 1));
                text.setLength(0);
                startLine = i + 1;
            }
        }
    }

    /**
     * Whether {@code line} was wrapped into {@code next}: it is nearly as wide as the widest line of its block,
     * does not end a sentence or label, neither line is itself laid out in columns, and the next line is not
     * indented further.
     */
    static boolean runsOn(String line, String next, int widest) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || GAP.matcher(a).find() || GAP.matcher(b).find()
                || ENDS.indexOf(a.charAt(a.length() - 1)) >= 0) {
            return false;
        }
        return DisplayWidth.of(a) >= FULL_LINE * widest && indent(next) <= indent(line);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\u3000')) {
            i++;
        }
        return DisplayWidth.of(line.substring(0, i));
    }

    private static boolean needsSpace(char before, char after) {
        return !(Cjk.isCjk(before) || Cjk.isCjk(after));
    }

    /** A line without form feeds and carriage returns. */
    private static String clean(String line) {
        return line.indexOf('\f') >= 0 || line.indexOf('\r') >= 0 ? line.replace("\f", "").replace("\r", "") : line;
    }

    private static boolean labelsOnly(List<WordLine> lines, int end) {
        for (int i = 0; i < end; i++) {
            if (lines.get(i).valueStart() >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines before the first header line: a line without values that has a word over the values (where the
     * values of the first rows start).
     */
    private static List<WordLine> leadingRows(List<WordLine> lines) {
        double left = Double.MAX_VALUE;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 5; i++) {
            WordLine l = lines.get(i);
            if (l.valueStart() >= 0) {
                left = Math.min(left, l.words().get(l.valueStart()).x0());
                seen++;
            }
        }
        int end = 0;
        while (end < lines.size() && (lines.get(end).valueStart() >= 0
                || !TableFinder.reachesValues(lines.get(end), left, 1))) {
            end++;
        }
        return lines.subList(0, end);
    }

    /** The value words of each line (the values it ends with). */
    private static List<List<Word>> values(List<WordLine> lines) {
        List<List<Word>> out = new ArrayList<>();
        for (WordLine l : lines) {
            int v = l.valueStart();
            out.add(v < 0 ? List.of() : l.words().subList(v, l.words().size()));
        }
        return out;
    }

    /** The words of a line (runs of characters between spaces) at their columns; the line number is its height. */
    static WordLine wordLine(String line, int index, Metric metric) {
        List<Word> words = new ArrayList<>();
        int x = 0;
        int start = -1;
        int startX = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            boolean space = cp == ' ' || cp == '\u3000' || cp == '\u00A0';
            if (space && start >= 0) {
                words.add(new Word(line.substring(start, i), startX, x, index, index + 1));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
                startX = x;
            }
            x += metric == Metric.CHARACTERS ? 1 : DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(new Word(line.substring(start), startX, x, index, index + 1));
        }
        return new WordLine(joinNumbering(words), WordLine.Style.PLAIN);
    }

    /**
     * Words with a bare enumeration mark ({@code 三、}, {@code （一）}, {@code 1.}) joined to the word right after it
     * (at most one space away): a mark printed apart from its text belongs to that text ({@code 二、 主动公开…}).
     */
    static List<Word> joinNumbering(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i + 1 < words.size() && NUMBERING.matcher(w.text()).matches()
                    && words.get(i + 1).x0() - w.x1() <= 1.5 && !words.get(i + 1).isValue()) {
                Word n = words.get(++i);
                w = new Word(w.text() + n.text(), w.x0(), n.x1(), w.y0(), w.y1());
            }
            out.add(w);
        }
        return out;
    }
}
