package io.github.nianbao.bench;

import io.github.nianbao.internal.TextDecoding;
import io.github.nianbao.model.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/**
 * The bare text extraction of each format with the same library nianbao reads it with (裸文本提取, the lower bound a
 * full parse is measured against): PDFBox's {@code PDFTextStripper}, POI's {@code XWPFWordExtractor} and
 * {@code WordExtractor}, jsoup's {@code text()}, and plain decoding for text files.
 */
public final class BareExtraction {

    private BareExtraction() {
    }

    /** What a bare extraction produced: the number of characters and, for PDF, of pages (else 0). */
    public record Extracted(int chars, int pages) {
    }

    /**
     * Extracts the text of {@code data} in the given format.
     *
     * @throws IOException when the library cannot read the document
     */
    public static Extracted extract(Format format, byte[] data) throws IOException {
        return switch (format) {
            case PDF -> pdf(data);
            case DOCX -> docx(data);
            case DOC -> doc(data);
            case HTML -> new Extracted(Jsoup.parse(TextDecoding.decode(data).text()).text().length(), 0);
            case TXT -> new Extracted(TextDecoding.decode(data).text().length(), 0);
        };
    }

    private static Extracted pdf(byte[] data) throws IOException {
        try (PDDocument doc = Loader.loadPDF(data)) {
            return new Extracted(new PDFTextStripper().getText(doc).length(), doc.getNumberOfPages());
        }
    }

    private static Extracted docx(byte[] data) throws IOException {
        try (InputStream in = new ByteArrayInputStream(data);
             XWPFWordExtractor ex = new XWPFWordExtractor(new XWPFDocument(in))) {
            return new Extracted(ex.getText().length(), 0);
        }
    }

    private static Extracted doc(byte[] data) throws IOException {
        try (InputStream in = new ByteArrayInputStream(data); WordExtractor ex = new WordExtractor(in)) {
            return new Extracted(ex.getText().length(), 0);
        }
    }
}
