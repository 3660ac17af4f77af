package io.github.nianbao.model;

/** The layout a report follows, fixed by the State Council's disclosure office (国办公开办). */
public enum Template {
    /** 国办公开办函〔2021〕30号: reports for 2021 onward. */
    F2021("2021"),
    /** 国办公开办函〔2019〕60号: reports for 2019 and 2020. */
    F2019("2019"),
    /** Before 2019: free-form reports under the 2007 regulations. */
    LEGACY("legacy"),
    /** Not recognised. */
    UNKNOWN(null);

    private final String code;

    Template(String code) {
        this.code = code;
    }

    /** The template's name in JSON and exports ({@code "2021"}, {@code "2019"}, {@code "legacy"}), or null. */
    public String code() {
        return code;
    }

    /** Whether codebook entries listed for {@code templates} (such as {@code "2019 2021"}) apply to this template. */
    public boolean isListedIn(String templates) {
        return code != null && templates != null && (" " + templates + " ").contains(" " + code + " ");
    }
}
