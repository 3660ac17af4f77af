package io.github.nianbao.model;

/**
 * The rows of section 三, 收到和处理政府信息公开申请情况 (requests received and handled; 依申请公开 = disclosure on
 * request), in printed order.
 */
public enum RequestRow {
    NEW("new", "一、本年新收政府信息公开申请数量"),
    CARRIED_IN("carried_in", "二、上年结转政府信息公开申请数量"),
    GRANTED("granted", "（一）予以公开"),
    PARTIAL("partial", "（二）部分公开"),
    DENY_STATE_SECRET("deny_secret", "（三）不予公开/1.属于国家秘密"),
    DENY_OTHER_LAW("deny_law", "（三）不予公开/2.其他法律行政法规禁止公开"),
    DENY_SAFETY("deny_safety", "（三）不予公开/3.危及“三安全一稳定”"),
    DENY_THIRD_PARTY("deny_thirdparty", "（三）不予公开/4.保护第三方合法权益"),
    DENY_INTERNAL("deny_internal", "（三）不予公开/5.属于三类内部事务信息"),
    DENY_PROCESS("deny_process", "（三）不予公开/6.属于四类过程性信息"),
    DENY_CASE_FILE("deny_casefile", "（三）不予公开/7.属于行政执法案卷"),
    DENY_QUERY("deny_query", "（三）不予公开/8.属于行政查询事项"),
    UNABLE_NOT_HELD("unable_notheld", "（四）无法提供/1.本机关不掌握相关政府信息"),
    UNABLE_NEEDS_CREATION("unable_create", "（四）无法提供/2.没有现成信息需要另行制作"),
    UNABLE_UNCLEAR("unable_unclear", "（四）无法提供/3.补正后申请内容仍不明确"),
    REJECT_PETITION("reject_petition", "（五）不予处理/1.信访举报投诉类申请"),
    REJECT_REPEAT("reject_repeat", "（五）不予处理/2.重复申请"),
    REJECT_PUBLICATION("reject_pubs", "（五）不予处理/3.要求提供公开出版物"),
    REJECT_MASS("reject_mass", "（五）不予处理/4.无正当理由大量反复申请"),
    REJECT_CONFIRMATION("reject_confirm", "（五）不予处理/5.要求行政机关确认或重新出具已获取信息"),
    /** F2019's single （六）其他处理 row. */
    OTHER("other", "（六）其他处理"),
    OTHER_NO_CORRECTION("other_nocorrect", "（六）其他处理/1.申请人无正当理由逾期不补正"),
    OTHER_NO_FEE("other_nofee", "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用"),
    OTHER_MISC("other_misc", "（六）其他处理/3.其他"),
    TOTAL("total", "（七）总计"),
    CARRIED_OUT("carried_out", "四、结转下年度继续办理");

    private final String key;
    private final String label;
    /** The codes by applicant ordinal, built once. */
    private final String[] codes;

    RequestRow(String key, String label) {
        this.key = key;
        this.label = label;
        Applicant[] applicants = Applicant.values();
        this.codes = new String[applicants.length];
        for (Applicant a : applicants) {
            codes[a.ordinal()] = ("s3_" + key + "_" + a.suffix()).intern(); // the codebook's instance
        }
    }

    /** The codebook infix: {@code s3_<key>_<applicant>}. */
    public String key() {
        return key;
    }

    /** A short printed label. */
    public String label() {
        return label;
    }

    /** The codebook code of this row in one applicant column. */
    public String code(Applicant applicant) {
        return codes[applicant.ordinal()];
    }
}
