package io.github.nianbao.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoding of text whose charset is not declared: a BOM wins; else strict UTF-8; else GB18030 (a superset of GBK
 * and GB2312, so 镕 and 堃 decode right). Internal: not part of the API.
 */
public final class TextDecoding {

    /** GB18030, used for every {@code gb2312}/{@code gbk} declaration. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** Decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
    }

    /** Decodes {@code data}: BOM, then strict UTF-8, then GB18030. */
    public static Decoded decode(byte[] data) {
        Charset bom = bomCharset(data);
        if (bom != null) {
            int skip = bomLength(data);
            return new Decoded(new String(data, skip, data.length - skip, bom), bom);
        }
        String utf8 = strictUtf8(data, 0, data.length);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(new String(data, GB18030), GB18030);
    }

    /** The charset named by a byte-order mark, or null. */
    public static Charset bomCharset(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Length of the byte-order mark at the start of {@code d}, or 0. */
    public static int bomLength(byte[] d) {
        Charset c = bomCharset(d);
        if (c == null) {
            return 0;
        }
        return c == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** Decodes as UTF-8, or returns null if the bytes are not valid UTF-8. */
    public static String strictUtf8(byte[] data, int offset, int length) {
        // Fast path: the JDK's UTF-8 String constructor replaces exactly the sequences the strict decoder rejects
        // with U+FFFD, so a result without U+FFFD is the strict result. Otherwise decide strictly (the page may
        // print U+FFFD itself).
        String quick = new String(data, offset, length, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(data, offset, length));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The charset to use for a declared name: {@code gb2312}, {@code gbk}, {@code x-gbk} and {@code gb18030} all map
     * to GB18030; unknown names give null.
     */
    public static Charset forDeclaredName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace("\"", "").replace("'", "");
        if (n.isEmpty()) {
            return null;
        }
        if (n.startsWith("gb") || n.equals("x-gbk") || n.equals("cp936") || n.equals("windows-936")
                || n.equals("euc-cn")) {
            return GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
