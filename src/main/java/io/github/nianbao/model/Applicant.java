package io.github.nianbao.model;

/** The applicant columns of section 三 (申请人情况), in printed order. */
public enum Applicant {
    /** 自然人 (natural persons). */
    NATURAL("natural", "自然人"),
    /** 法人或其他组织/商业企业 (businesses). */
    BUSINESS("business", "商业企业"),
    /** 法人或其他组织/科研机构 (research institutions). */
    RESEARCH("research", "科研机构"),
    /** 法人或其他组织/社会公益组织 (non-profit organisations). */
    NGO("ngo", "社会公益组织"),
    /** 法人或其他组织/法律服务机构 (legal service providers). */
    LEGAL("legal", "法律服务机构"),
    /** 法人或其他组织/其他 (other organisations). */
    OTHER_ORGANIZATION("otherorg", "其他"),
    /** 总计 (total). */
    TOTAL("total", "总计");

    private final String suffix;
    private final String label;

    Applicant(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    /** The codebook suffix, such as {@code natural} in {@code s3_new_natural}. */
    public String suffix() {
        return suffix;
    }

    /** The printed column label. */
    public String label() {
        return label;
    }
}
