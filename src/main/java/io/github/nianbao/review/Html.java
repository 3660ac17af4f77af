package io.github.nianbao.review;

import java.net.URI;
import java.net.URISyntaxException;

/** Escaping for HTML text and attribute values, and relative links as URLs. */
final class Html {

    private Html() {
    }

    /** {@code s} as HTML text or a double-quoted attribute value; null is empty. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A relative path ({@code /}-separated) as a URL reference, each segment percent-encoded where needed. */
    static String href(String relativePath) {
        String path = relativePath;
        int colon = path.indexOf(':');
        if (colon >= 0 && (path.indexOf('/') < 0 || colon < path.indexOf('/'))) {
            path = "./" + path; // a first segment with a colon would read as a scheme
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + relativePath, e);
        }
    }
}
