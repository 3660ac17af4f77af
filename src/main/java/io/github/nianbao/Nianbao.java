package io.github.nianbao;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * nianbao (年报): reads a 政府信息公开工作年度报告 (government information-disclosure annual report) in PDF, DOCX,
 * DOC, HTML or plain text into a typed, validated {@link AnnualReport}.
 *
 * <pre>{@code
 * AnnualReport report = Nianbao.parse(Path.of("report.pdf"));
 * BigDecimal received = report.value("s3_new_total");
 * report.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>Each method delegates to a shared {@link NianbaoParser} with {@link ParseOptions#DEFAULT}; build your own with
 * {@link NianbaoParser#of(ParseOptions)} for other limits or strict matching.
 */
public final class Nianbao {

    private static final NianbaoParser DEFAULT = NianbaoParser.of(ParseOptions.DEFAULT);

    private Nianbao() {
    }

    /** Reads and parses a file (format taken from the content). */
    public static AnnualReport parse(Path file) throws IOException {
        return DEFAULT.parse(file);
    }

    /** Reads and parses a stream; {@code name} is recorded as the report's source. */
    public static AnnualReport parse(InputStream in, String name) throws IOException {
        return DEFAULT.parse(in, name);
    }

    /** Parses report text (lines; table cells separated by tabs). */
    public static AnnualReport parseText(String text) throws NianbaoException {
        return DEFAULT.parseText(text, null);
    }

    /** The format a document would be read as, taken from its content; see {@link NianbaoParser#detectFormat}. */
    public static Format detectFormat(byte[] data) throws NianbaoException {
        return NianbaoParser.detectFormat(data);
    }

    /** A parser with other options. */
    public static NianbaoParser parser(ParseOptions options) {
        return NianbaoParser.of(options);
    }
}
