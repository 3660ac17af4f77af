package io.github.nianbao;

import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.ReportReader;
import io.github.nianbao.model.Format;

/** Test access to the façade's wiring of the internal packages. */
public final class Internals {

    private Internals() {
    }

    /** The reader limits the façade derives from {@code options}. */
    public static ReadLimits limits(ParseOptions options) {
        return NianbaoParser.limits(options);
    }

    /** The reader the façade uses for {@code format}. */
    public static ReportReader reader(Format format) throws NianbaoException {
        return Readers.forFormat(format);
    }
}
