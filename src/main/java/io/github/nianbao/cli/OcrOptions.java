package io.github.nianbao.cli;

import io.github.nianbao.OcrMode;
import io.github.nianbao.ParseOptions;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The OCR options shared by {@code parse}, {@code import} and {@code bench}: {@code --ocr}, {@code --tesseract}. */
final class OcrOptions {

    @Option(names = "--ocr", paramLabel = "auto|never|always", converter = ModeConverter.class,
            description = "OCR of scanned pages with Tesseract (chi_sim): auto = pages without a text layer "
                    + "(default), never, always = every page.")
    OcrMode mode = OcrMode.AUTO;

    @Option(names = "--tesseract", paramLabel = "PROGRAM",
            description = "The Tesseract program (default: tesseract on the PATH).")
    String program = ParseOptions.DEFAULT_OCR_PROGRAM;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS",
            description = "Time limit for the OCR of one page (default: ${DEFAULT-VALUE}).")
    double pageTimeoutSeconds = ParseOptions.DEFAULT_OCR_PAGE_TIMEOUT.toSeconds();

    /** {@code options} with these OCR settings. */
    ParseOptions apply(ParseOptions options) {
        if (!(pageTimeoutSeconds > 0) || pageTimeoutSeconds > 86_400) {
            throw new TypeConversionException("--ocr-page-timeout must be between 0 and 86400 seconds");
        }
        return options.withOcrMode(mode).withOcrProgram(program)
                .withOcrPageTimeout(Duration.ofMillis(Math.round(pageTimeoutSeconds * 1000)));
    }

    /** auto, never or always, in any case. */
    static final class ModeConverter implements ITypeConverter<OcrMode> {
        @Override
        public OcrMode convert(String value) {
            try {
                return OcrMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("--ocr takes auto, never or always, not '" + value + "'");
            }
        }
    }
}
