package io.github.nianbao.internal.read.docx;

import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.ReportReader;
import io.github.nianbao.model.Format;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.ReportText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;

/**
 * Reads Word 2007+ files (DOCX) with Apache POI (XWPF): the body in document order — headings, paragraphs, tables
 * on their grid (merged cells honoured, see {@link DocxTable}), content controls and text boxes — and the title
 * from the core properties. Stateless and thread-safe.
 *
 * <p>Zip bombs: POI's {@link ZipSecureFile} limits are set before each read — no part may inflate to more than
 * {@link ReadLimits#maxBytes()} bytes or more than {@code 1 / MIN_INFLATE_RATIO} times its compressed size. These
 * limits are process-wide in POI; concurrent reads with different {@code maxBytes} share the last one set.
 */
public final class DocxReader implements ReportReader {

    /** Smallest compressed/uncompressed ratio accepted for a part (a part may inflate at most 100 times). */
    static final double MIN_INFLATE_RATIO = 0.01;

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public ReportText read(byte[] data, ReadLimits options, long deadline) throws ReadFailure {
        try (XWPFDocument doc = open(data, options)) {
            ReportText.Builder out = ReportText.builder(Format.DOCX);
            out.info(new DocumentInfo(title(doc), null, null, null, 0));
            Element body = (Element) doc.getDocument().getBody().getDomNode();
            DocxStyles styles = new DocxStyles(doc.getStyles());
            DocxNumbering numbering = new DocxNumbering(doc.getNumbering(), styles);
            new BodyWalker(styles, numbering, out, options, deadline).blocks(body, 0);
            return out.build();
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static XWPFDocument open(byte[] data, ReadLimits options) throws ReadFailure {
        configureZipLimits(options.maxBytes());
        try {
            XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(data));
            if (doc.getDocument() == null || doc.getDocument().getBody() == null) {
                doc.close();
                throw new ReadFailure(Reason.CORRUPT, "the DOCX file has no document body (word/document.xml)");
            }
            return doc;
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static synchronized void configureZipLimits(long maxBytes) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(maxBytes);
    }

    /** Maps what POI throws to a reason and a readable sentence. */
    private static ReadFailure failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("Zip bomb detected")) {
                boolean ratio = m.contains("ratio");
                return new ReadFailure(Reason.TOO_LARGE, ratio
                        ? "a part of the DOCX file inflates more than " + Math.round(1 / MIN_INFLATE_RATIO)
                                + " times its compressed size (a possible zip bomb)"
                        : "a part of the DOCX file inflates beyond the size limit (maxBytes)", e);
            }
            if (t instanceof RecordFormatException && m != null && m.startsWith("Tried to allocate")) {
                // a part declaring a size over POI's in-memory limit is refused before inflating
                return new ReadFailure(Reason.TOO_LARGE, "a part of the DOCX file declares a size too large "
                        + "to read (a possible zip bomb)", e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new ReadFailure(Reason.ENCRYPTED, "the DOCX file is password-protected", e);
            }
        }
        return new ReadFailure(Reason.CORRUPT,
                "the DOCX file is damaged or not a Word document: " + firstLine(e), e);
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }

    private static String title(XWPFDocument doc) {
        POIXMLProperties props = doc.getProperties();
        if (props == null || props.getCoreProperties() == null) {
            return null;
        }
        String t = props.getCoreProperties().getTitle();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
