package io.github.nianbao.model;

/**
 * The three groups of section 四 (行政复议 administrative reconsideration, 行政诉讼 administrative litigation), in
 * printed order. Together with {@link CaseOutcome} they name the section's 15 cells: {@code s4_<group>_<outcome>}.
 */
public enum ReviewGroup {
    /** 行政复议. */
    RECONSIDERATION("s4_recon", "行政复议"),
    /** 行政诉讼/未经复议直接起诉 (litigation without prior reconsideration). */
    DIRECT_LITIGATION("s4_suit_direct", "行政诉讼/未经复议直接起诉"),
    /** 行政诉讼/复议后起诉 (litigation after reconsideration). */
    LITIGATION_AFTER_RECONSIDERATION("s4_suit_after", "行政诉讼/复议后起诉");

    private final String prefix;
    private final String label;
    /** Codes by outcome ordinal, built once (interned: the codebook's instances). */
    private final String[] codes;

    ReviewGroup(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
        CaseOutcome[] outcomes = CaseOutcome.values();
        this.codes = new String[outcomes.length];
        for (CaseOutcome o : outcomes) {
            codes[o.ordinal()] = (prefix + "_" + o.suffix()).intern();
        }
    }

    /** The code prefix, such as {@code s4_recon}. */
    public String prefix() {
        return prefix;
    }

    /** The printed group label. */
    public String label() {
        return label;
    }

    /** The codebook code of one outcome of this group. */
    public String code(CaseOutcome outcome) {
        return codes[outcome.ordinal()];
    }

    /** The 15 codes of section 四 in printed order (group by group, outcomes in order). */
    public static java.util.List<String> printedOrder() {
        java.util.List<String> out = new java.util.ArrayList<>(15);
        for (ReviewGroup g : values()) {
            for (CaseOutcome o : CaseOutcome.values()) {
                out.add(g.code(o));
            }
        }
        return java.util.List.copyOf(out);
    }
}
