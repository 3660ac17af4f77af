package io.github.nianbao.internal.read;

import io.github.nianbao.internal.TextDecoding;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import io.github.nianbao.model.Format;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Picks the format from the bytes (magic numbers and markup), never from the file name: {@code .doc} files that
 * are really DOCX or HTML, and {@code .pdf} names on HTML error pages, are common.
 */
public final class FormatSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private FormatSniffer() {
    }

    /**
     * The format of {@code data}.
     *
     * @throws ReadFailure {@link Reason#EMPTY} for no bytes, {@link Reason#ENCRYPTED} for a password-protected
     *                          Office file, {@link Reason#UNSUPPORTED_FORMAT} (naming what it is) for anything else
     */
    public static Format sniff(byte[] data) throws ReadFailure {
        if (data.length == 0) {
            throw new ReadFailure(Reason.EMPTY, "the file is empty (0 bytes)");
        }
        if (indexOf(data, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return Format.PDF;
        }
        if (startsWith(data, new byte[] {'P', 'K', 3, 4})) {
            if (indexOf(data, "word/".getBytes(StandardCharsets.US_ASCII), data.length) >= 0) {
                return Format.DOCX;
            }
            throw new ReadFailure(Reason.UNSUPPORTED_FORMAT,
                    "a ZIP archive that is not a Word document (no word/ part)");
        }
        if (startsWith(data, OLE2)) {
            if (indexOf(data, utf16("EncryptedPackage"), data.length) >= 0) {
                throw new ReadFailure(Reason.ENCRYPTED, "a password-protected Office document");
            }
            if (indexOf(data, utf16("WordDocument"), data.length) >= 0) {
                return Format.DOC;
            }
            throw new ReadFailure(Reason.UNSUPPORTED_FORMAT,
                    "an OLE2 Office file that is not a Word document (Excel or PowerPoint?)");
        }
        String image = imageKind(data);
        if (image != null) {
            throw new ReadFailure(Reason.UNSUPPORTED_FORMAT, "an image (" + image + "), not a document");
        }
        if (startsWith(data, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            throw new ReadFailure(Reason.UNSUPPORTED_FORMAT, "an RTF document (save it as DOCX or PDF)");
        }
        if (looksBinary(data)) {
            throw new ReadFailure(Reason.UNSUPPORTED_FORMAT, "binary data of an unknown format");
        }
        return looksLikeHtml(data) ? Format.HTML : Format.TXT;
    }

    private static boolean looksLikeHtml(byte[] data) {
        int n = Math.min(data.length, 4096);
        String head = new String(data, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int bom = TextDecoding.bomLength(data);
        if (bom == 2) {
            head = TextDecoding.decode(java.util.Arrays.copyOf(data, n)).text().toLowerCase(Locale.ROOT);
        }
        String t = head.stripLeading();
        if (t.startsWith("\uFEFF") || t.startsWith("ï»¿")) {
            t = t.substring(t.startsWith("\uFEFF") ? 1 : 3).stripLeading();
        }
        return t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<?xml") && head.contains("<html")
                || t.startsWith("<!--") && head.contains("<html") || t.startsWith("<head") || t.startsWith("<body")
                || t.startsWith("<meta") || t.startsWith("<div") || t.startsWith("<table") || t.startsWith("<p")
                || t.startsWith("<title") || t.startsWith("<h1") || isMarkupDense(t);
    }

    /**
     * Whether text that does not start with a tag is an excerpt of a page (a crawl that cut the article out,
     * starting mid-paragraph): closing tags and the usual block tags throughout its head.
     */
    private static boolean isMarkupDense(String head) {
        int closing = count(head, "</");
        int blocks = count(head, "<p") + count(head, "<td") + count(head, "<tr") + count(head, "<div")
                + count(head, "<span") + count(head, "<table") + count(head, "<br");
        return closing >= 6 && blocks >= 6;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static boolean looksBinary(byte[] data) {
        if (TextDecoding.bomLength(data) == 2) {
            return false; // UTF-16 text has NULs
        }
        int n = Math.min(data.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static String imageKind(byte[] d) {
        if (startsWith(d, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (startsWith(d, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (startsWith(d, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF";
        }
        if (startsWith(d, new byte[] {'I', 'I', 42, 0}) || startsWith(d, new byte[] {'M', 'M', 0, 42})) {
            return "TIFF";
        }
        return null;
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] needle, int limit) {
        int end = Math.min(data.length, limit) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
