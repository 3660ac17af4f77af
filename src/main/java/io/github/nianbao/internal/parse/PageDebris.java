package io.github.nianbao.internal.parse;

import java.util.regex.Pattern;

/** Page numbers and running footers left between table rows by converters: {@code — 2 —}, {@code -3-}, {@code 第 3 页 共 5 页}. */
final class PageDebris {

    private static final Pattern DASHED = Pattern.compile("^[-—–－―─~～\\s]+[0-9０-９]{1,4}[-—–－―─~～\\s]*$"
            + "|^[-—–－―─~～\\s]*[0-9０-９]{1,4}[-—–－―─~～\\s]+$");
    private static final Pattern PAGE = Pattern.compile(
            "^第\\s*[0-9０-９]{1,4}\\s*页\\s*([,，/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?$"
            + "|^共\\s*[0-9０-９]{1,4}\\s*页\\s*第\\s*[0-9０-９]{1,4}\\s*页$"
            + "|^[0-9０-９]{1,4}\\s*/\\s*[0-9０-９]{1,4}$|^(page|Page|PAGE)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");

    private PageDebris() {
    }

    /** Whether a line's only text is a page number or page footer. */
    static boolean is(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return !t.isEmpty() && mayStart(t.charAt(0)) && hasDigit(t) && (DASHED.matcher(t).matches() || PAGE.matcher(t).matches());
    }

    /** Whether a match of the patterns above can start with {@code c} (a dash, a digit, 第, 共 or p/P). */
    private static boolean mayStart(char c) {
        return "-—–－―─~～第共pP".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Every pattern above needs a digit; most lines have none, so they skip the regular expressions. */
    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }
}
