package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.TextDecoding;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of a web page and decodes it. Order: a byte-order mark; else the charset declared by a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">} anywhere in the
 * head (not only in the first 5 KB, where browsers and jsoup stop looking); else strict UTF-8; else GB18030.
 * {@code gb2312}/{@code gbk} declarations decode as GB18030 so characters outside GB2312 (镕, 堃) come out right.
 * A declaration the bytes contradict (declared UTF-8 but invalid) falls back with an INFO diagnostic.
 */
final class HtmlCharset {

    /** A {@code <meta ...>} tag. */
    private static final Pattern META = Pattern.compile("<meta\\b[^>]{0,4000}>", Pattern.CASE_INSENSITIVE);
    /** {@code charset=name} inside a meta tag (covers both the charset attribute and the content attribute). */
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    /** Non-ASCII bytes needed before valid UTF-8 is trusted over a GB declaration. */
    private static final int UTF8_EVIDENCE = 8;

    private HtmlCharset() {
    }

    /**
     * A decoded page.
     *
     * @param text       the page as text (no BOM)
     * @param charset    the charset that decoded it
     * @param declared   the charset name the page declared, or null
     * @param diagnostic an INFO note about the choice, or null
     */
    record Result(String text, Charset charset, String declared, Diagnostic diagnostic) {
    }

    /** Decodes {@code data} following the order described on the class. */
    static Result decode(byte[] data) {
        Charset bom = TextDecoding.bomCharset(data);
        if (bom != null) {
            int skip = TextDecoding.bomLength(data);
            return new Result(new String(data, skip, data.length - skip, bom), bom, null, null);
        }
        String declared = declaredCharset(data);
        Charset charset = TextDecoding.forDeclaredName(declared);
        if (charset == null) {
            return undeclared(data, declared);
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            charset = StandardCharsets.UTF_8; // a byte-oriented page cannot really be UTF-16 without a BOM
        }
        if (charset == StandardCharsets.UTF_8) {
            String utf8 = strictUtf8(data);
            if (utf8 != null) {
                return new Result(utf8, charset, declared, null);
            }
            return new Result(lenient(data, TextDecoding.GB18030), TextDecoding.GB18030, declared,
                    info(DiagnosticCode.CHARSET_MISDECLARED, "the page declares charset " + declared
                            + " but its bytes are not valid UTF-8; decoded as GB18030 (GBK)"));
        }
        if (isWestern(charset) && nonAscii(data) > 0) {
            Result r = undeclared(data, declared);
            return new Result(r.text(), r.charset(), declared, info(DiagnosticCode.CHARSET_MISDECLARED,
                    "the page declares charset " + declared + " but contains Chinese text; decoded as "
                            + r.charset().name()));
        }
        if (charset == TextDecoding.GB18030 && nonAscii(data) >= UTF8_EVIDENCE && !breaksUtf8Early(data)) {
            String utf8 = strictUtf8(data);
            if (utf8 != null) {
                return new Result(utf8, StandardCharsets.UTF_8, declared, info(DiagnosticCode.CHARSET_MISDECLARED,
                        "the page declares charset " + declared + " but its bytes are UTF-8; decoded as UTF-8"));
            }
        }
        return new Result(lenient(data, charset), charset, declared, null);
    }

    /**
     * The charset name declared by the first {@code <meta>} that names one, searching the raw bytes (read as
     * ISO-8859-1) up to {@code <body} or {@code </head>}, skipping comments; null when there is none.
     */
    static String declaredCharset(byte[] data) {
        int end = headEnd(data);
        // Only the head is decoded: ISO-8859-1 lower-casing never turns a byte into ASCII, so the markers found
        // on the bytes are those the whole lower-cased page would show, and a comment that closes after the end
        // of the head ends the search either way.
        String raw = new String(data, 0, end, StandardCharsets.ISO_8859_1);
        String lower = raw.toLowerCase(Locale.ROOT);
        int pos = 0;
        while (pos < end) {
            int comment = lower.indexOf("<!--", pos);
            int segmentEnd = comment < 0 || comment > end ? end : comment;
            String name = firstDeclaration(raw, lower, pos, segmentEnd);
            if (name != null) {
                return name;
            }
            if (segmentEnd == end) {
                break;
            }
            int close = lower.indexOf("-->", comment + 4);
            pos = close < 0 ? end : close + 3;
        }
        return null;
    }

    /**
     * The charset of the first {@code <meta>} in {@code raw[from, to)} that names one, or null: the first match of
     * {@link #META} in that segment, tried only where {@code <meta} starts ({@code lower} is {@code raw} lower-cased,
     * index for index).
     */
    private static String firstDeclaration(String raw, String lower, int from, int to) {
        Matcher meta = META.matcher(raw);
        for (int at = lower.indexOf("<meta", from); at >= 0 && at < to; at = lower.indexOf("<meta", at + 1)) {
            meta.region(at, to);
            if (!meta.lookingAt()) {
                continue;
            }
            Matcher cs = CHARSET.matcher(meta.group());
            if (cs.find()) {
                return cs.group(1);
            }
            at = meta.end() - 1; // the next match of the original search starts after this one
        }
        return null;
    }

    /**
     * Where the head ends: the first {@code </head} or {@code <body} (any case), or the end of the data. One pass:
     * the first {@code <body} before the first {@code </head} is the first of either.
     */
    private static int headEnd(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '<'
                    && (startsWithIgnoreCase(data, i + 1, "/head") || startsWithIgnoreCase(data, i + 1, "body"))) {
                return i;
            }
        }
        return data.length;
    }

    /** Whether the ASCII {@code word} (lower case) starts at {@code from} in {@code data}, any case. */
    private static boolean startsWithIgnoreCase(byte[] data, int from, String word) {
        if (data.length - from < word.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            int b = data[from + j] & 0xFF;
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static Result undeclared(byte[] data, String declared) {
        TextDecoding.Decoded d = TextDecoding.decode(data);
        Diagnostic note = null;
        if (d.charset() != StandardCharsets.UTF_8) {
            note = info(DiagnosticCode.CHARSET_GB18030,
                    "the page declares no charset and is not valid UTF-8; decoded as "
                    + "GB18030 (GBK)");
        }
        return new Result(d.text(), d.charset(), declared, note);
    }

    /** Decodes with {@code charset}, replacing malformed and unmappable input (what the String constructor does). */
    private static String lenient(byte[] data, Charset charset) {
        return new String(data, charset);
    }

    private static boolean isWestern(Charset c) {
        String n = c.name();
        return n.equals("ISO-8859-1") || n.equals("windows-1252") || n.equals("US-ASCII");
    }

    private static int nonAscii(byte[] data) {
        int n = 0;
        for (byte b : data) {
            if (b < 0) {
                n++;
                if (n >= UTF8_EVIDENCE) {
                    return n;
                }
            }
        }
        return n;
    }

    /**
     * {@link TextDecoding#strictUtf8} of the whole page, in one pass when the page is valid: the String constructor
     * replaces malformed input with U+FFFD, so a result without U+FFFD comes from valid UTF-8 and is what the strict
     * decoder gives; only a result holding U+FFFD (malformed, or printed) goes to the strict decoder.
     */
    private static String strictUtf8(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : TextDecoding.strictUtf8(data, 0, data.length);
    }

    /**
     * Whether the first non-ASCII character already breaks UTF-8 (a byte UTF-8 never starts a character with, or a
     * lead byte not followed by a continuation byte), so that strict UTF-8 decoding must fail: typical of GBK text.
     */
    private static boolean breaksUtf8Early(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (b < 0xC2 || b > 0xF4) {
                return true;
            }
            return i + 1 < data.length && (data[i + 1] & 0xC0) != 0x80;
        }
        return false;
    }

    private static Diagnostic info(DiagnosticCode code, String message) {
        return Diagnostic.info(code, message, Location.UNKNOWN, null);
    }
}
