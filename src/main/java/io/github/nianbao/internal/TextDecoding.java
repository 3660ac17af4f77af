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
        // Valid input (checked first, stopping at the first bad byte) decodes the same with the JDK's faster
        // String constructor; the strict decoder stays the reference for anything the check rejects.
        if (isWellFormedUtf8(data, offset, length)) {
            return new String(data, offset, length, StandardCharsets.UTF_8);
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
     * Whether the bytes are well-formed UTF-8 (Unicode table 3-7: shortest forms only, no surrogates, nothing
     * above U+10FFFF) — exactly what the JDK's strict UTF-8 decoder accepts.
     */
    static boolean isWellFormedUtf8(byte[] d, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = d[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (end - i - 1 < need) {
                return false;
            }
            int b1 = d[i + 1] & 0xFF;
            if (b1 < lo || b1 > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int bk = d[i + k] & 0xFF;
                if (bk < 0x80 || bk > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
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
