package io.github.nianbao.internal.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A font mapper that never scans system fonts. PDFBox's default mapper builds a cache of every installed font
 * (seconds on machines with many fonts, and a file in the user's home directory) the first time a PDF uses a font
 * that is not embedded. Text extraction needs only character codes, ToUnicode maps and widths, which come from the
 * PDF itself (or PDFBox's built-in metrics for the standard 14 fonts), so every substitute is the font bundled with
 * PDFBox.
 *
 * <p>{@link #install()} replaces PDFBox's mapper for the whole JVM, and only while PDFBox's own default is in place:
 * an application that sets its own {@link FontMappers#set mapper} keeps it. Rendering PDFs with non-embedded fonts
 * in the same JVM then draws them in the bundled font.
 */
final class BundledFontMapper implements FontMapper {

    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String DEFAULT_MAPPER = "org.apache.pdfbox.pdmodel.font.FontMapperImpl";

    private final TrueTypeFont fallback;

    private BundledFontMapper(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    /** Installs this mapper unless an application has set its own. */
    static synchronized void install() {
        if (FontMappers.instance().getClass().getName().equals(DEFAULT_MAPPER)) {
            FontMappers.set(new BundledFontMapper(load()));
        }
    }

    private static TrueTypeFont load() {
        try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
            if (in == null) {
                throw new IOException("PDFBox's bundled font " + FALLBACK + " is missing");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }
}
