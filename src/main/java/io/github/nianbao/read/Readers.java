package io.github.nianbao.read;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.model.Format;
import io.github.nianbao.read.doc.DocReader;
import io.github.nianbao.read.docx.DocxReader;
import java.util.EnumMap;
import java.util.Map;

/** The reader for each format. */
public final class Readers {

    private static final Map<Format, ReportReader> READERS = new EnumMap<>(Format.class);

    static {
        register(new TxtReader());
        register(new DocxReader());
        register(new DocReader());
        register(new io.github.nianbao.read.pdf.PdfReader());
        register(new io.github.nianbao.read.html.HtmlReader());
    }

    private Readers() {
    }

    private static void register(ReportReader r) {
        READERS.put(r.format(), r);
    }

    /** The reader for {@code format}. */
    public static ReportReader forFormat(Format format) throws NianbaoException {
        ReportReader r = READERS.get(format);
        if (r == null) {
            throw new NianbaoException(Reason.UNSUPPORTED_FORMAT, "no reader for " + format + " in this version");
        }
        return r;
    }
}
