package io.github.nianbao;

import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.internal.read.ReportReader;
import io.github.nianbao.internal.read.TxtReader;
import io.github.nianbao.internal.read.doc.DocReader;
import io.github.nianbao.internal.read.docx.DocxReader;
import io.github.nianbao.internal.read.html.HtmlReader;
import io.github.nianbao.internal.read.pdf.PdfReader;
import io.github.nianbao.model.Format;
import java.util.EnumMap;
import java.util.Map;

/** The reader for each format (the façade wires the readers, so no reader package depends on another). */
final class Readers {

    private static final Map<Format, ReportReader> READERS = new EnumMap<>(Format.class);

    static {
        register(new TxtReader());
        register(new DocxReader());
        register(new DocReader());
        register(new PdfReader());
        register(new HtmlReader());
    }

    private Readers() {
    }

    private static void register(ReportReader r) {
        READERS.put(r.format(), r);
    }

    /** The reader for {@code format}. */
    static ReportReader forFormat(Format format) throws NianbaoException {
        ReportReader r = READERS.get(format);
        if (r == null) {
            throw new NianbaoException(Reason.UNSUPPORTED_FORMAT, "no reader for " + format + " in this version");
        }
        return r;
    }
}
