package io.github.nianbao.model;

/** The outcome columns of each {@link ReviewGroup} of section 四, in printed order. */
public enum CaseOutcome {
    /** 结果维持 (decision upheld). */
    UPHELD("upheld", "结果维持"),
    /** 结果纠正 (decision corrected). */
    CORRECTED("corrected", "结果纠正"),
    /** 其他结果 (other outcome). */
    OTHER("other", "其他结果"),
    /** 尚未审结 (not yet concluded). */
    PENDING("pending", "尚未审结"),
    /** 总计 (total). */
    TOTAL("total", "总计");

    private final String suffix;
    private final String label;

    CaseOutcome(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    /** The codebook suffix, such as {@code upheld} in {@code s4_recon_upheld}. */
    public String suffix() {
        return suffix;
    }

    /** The printed column label. */
    public String label() {
        return label;
    }
}
