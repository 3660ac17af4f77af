package io.github.nianbao.internal.read;

import io.github.nianbao.internal.TextDecoding;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: one line per line; a line with tabs is a table row. Charset: a BOM, else strict UTF-8, else GB18030.
 * Markdown-style {@code #} heading marks (left by converters) make a heading.
 */
public final class TxtReader implements ReportReader {

    @Override
    public Format format() {
        return Format.TXT;
    }

    @Override
    public ReportText read(byte[] data, ReadLimits options, long deadline) throws ReadFailure {
        TextDecoding.Decoded decoded = TextDecoding.decode(data);
        ReportText.Builder b = ReportText.builder(Format.TXT);
        if (decoded.charset() != StandardCharsets.UTF_8 && decoded.charset() != StandardCharsets.UTF_16LE
                && decoded.charset() != StandardCharsets.UTF_16BE) {
            b.diagnostic(Diagnostic.info(DiagnosticCode.CHARSET_GB18030,
                    "the text is not valid UTF-8; decoded as GB18030 (GBK)", Location.UNKNOWN, null));
        }
        String text = decoded.text();
        TxtHeaderBlock.Header header = TxtHeaderBlock.read(text.split("\\R", TxtHeaderBlock.MAX_LINES + 1));
        b.info(header.info());
        int lineNo = 0;
        int cellCount = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            if ((lineNo & 1023) == 0) {
                Limits.checkDeadline(deadline);
            }
            String line = text.substring(start, end);
            if (lineNo > header.lines()) {
                cellCount += addLine(b, line, lineNo);
            }
            Limits.checkCells(cellCount, options);
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return b.build();
    }

    private static int addLine(ReportText.Builder b, String line, int lineNo) {
        if (line.indexOf('\t') >= 0) {
            String[] parts = line.split("\t", -1);
            List<TextCell> cells = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                cells.add(new TextCell(parts[i].strip(), new Location(lineNo, 0, 0, 0, i + 1)));
            }
            b.row(cells, Location.ofLine(lineNo));
            return parts.length;
        }
        String t = line.strip();
        int hashes = 0;
        while (hashes < t.length() && t.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes > 0 && hashes <= 6 && hashes < t.length() && Character.isWhitespace(t.charAt(hashes))) {
            b.heading(t.substring(hashes).strip(), Location.ofLine(lineNo));
        } else {
            b.paragraph(t, Location.ofLine(lineNo));
        }
        return 1;
    }
}
