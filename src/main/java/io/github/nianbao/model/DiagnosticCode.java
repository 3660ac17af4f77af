package io.github.nianbao.model;

import java.util.Objects;

/**
 * Every code a {@link Diagnostic} can carry (诊断代码): its stable name (what JSON, CSV and the database store), the
 * severity it is reported with, and one line saying what it means. docs/DIAGNOSTICS.md lists the same table.
 */
public enum DiagnosticCode {

    // reading: the document itself
    /** A PDF has no text layer (an image-only scan that needs OCR). */
    NO_TEXT_LAYER(Severity.ERROR, "the PDF has no text layer (image-only, needs OCR); nothing could be read"),
    /** Characters a PDF font could not map to Unicode. */
    BROKEN_TOUNICODE(Severity.WARNING, "a PDF font has no usable ToUnicode map; some characters are missing or wrong"),
    /** A page read by OCR. */
    OCR_PAGE(Severity.INFO, "a page without a text layer was read by OCR (Tesseract); its cells carry confidences"),
    /** Pages that need OCR while Tesseract cannot be run. */
    OCR_UNAVAILABLE(Severity.WARNING,
            "pages need OCR but Tesseract (chi_sim and eng data) cannot be run; they were not read"),
    /** A page whose OCR took longer than its time limit. */
    OCR_TIMEOUT(Severity.ERROR, "OCR of a page took longer than ocrPageTimeout; the page was left out"),
    /** A page OCR failed on. */
    OCR_FAILED(Severity.ERROR, "a page could not be rendered or Tesseract failed on it; the page was left out"),
    /** A web page with no readable text. */
    HTML_NO_TEXT(Severity.WARNING, "the web page has no readable text (content loaded by a script or in a frame)"),
    /** Markup nested deeper than the reader follows. */
    HTML_DEEP_NESTING(Severity.WARNING, "HTML nested deeper than the reader follows; the deepest markup was flattened"),
    /** A page's bytes do not match its declared charset. */
    CHARSET_MISDECLARED(Severity.INFO, "the declared charset does not fit the bytes; decoded with the one that does"),
    /** Text without a declared charset, decoded as GB18030. */
    CHARSET_GB18030(Severity.INFO, "no charset declared and not valid UTF-8; decoded as GB18030 (GBK)"),
    /** DOC text boxes that could not be read. */
    DOC_TEXTBOX_UNREADABLE(Severity.WARNING, "the DOC file's text boxes could not be read; only the main text was"),
    /** A DOC table that could not be read as a table. */
    DOC_TABLE_UNREADABLE(Severity.WARNING, "a DOC table could not be read as a table; its text is kept as a paragraph"),

    // the report as a whole
    /** Not a government information-disclosure annual report. */
    NOT_A_REPORT(Severity.ERROR, "not a 政府信息公开工作年度报告: no report title, parts or tables were found"),
    /** An annual report without any of its three tables. */
    TABLES_NOT_FOUND(Severity.ERROR, "an annual report, but none of its three statistics tables was found"),
    /** A report from before the 2019 template. */
    LEGACY_REPORT(Severity.INFO, "a report from before the 2019 template; only metadata and narrative were read"),
    /** Tables in the template of another era than the report's year. */
    TEMPLATE_ERA(Severity.INFO, "the tables follow another template than the report's year suggests"),
    /** More diagnostics than {@code maxDiagnostics}; reported with the worst severity dropped. */
    DIAGNOSTICS_TRUNCATED(Severity.WARNING, "more diagnostics than maxDiagnostics; the rest were counted, not kept"),

    // cells
    /** A cell whose text is not a number. */
    CELL_UNREADABLE(Severity.ERROR, "a cell's text is not a number; the value is null, the raw text is kept"),
    /** A cell with no value. */
    CELL_MISSING(Severity.ERROR, "a cell has no value; it is null"),
    /** A cell beyond the page's edge (a table printed wider than its page). */
    CELL_OFF_PAGE(Severity.WARNING, "a cell lies beyond the page's edge (the table was printed too wide); null"),
    /** A cell printed twice. */
    CELL_DUPLICATE(Severity.WARNING, "a cell was printed twice; the first value is kept"),
    /** A whole table row that was not found. */
    ROW_MISSING(Severity.ERROR, "a table row was not found; its cells are null"),
    /** A row with fewer numbers than columns. */
    ROW_SHORT(Severity.WARNING, "a row has fewer numbers than columns; the missing cells are null"),
    /** A row with more numbers than columns. */
    ROW_LONG(Severity.WARNING, "a row has more numbers than columns; the last ones were used"),
    /** Blank cells placed where the row's totals say. */
    BLANK_CELLS_ALIGNED(Severity.INFO, "blank cells at a row's edge; their place was decided by the row's totals"),
    /** Blank cells whose place could not be decided. */
    BLANK_CELLS_AMBIGUOUS(Severity.WARNING, "blank cells at a row's edge; their place could not be decided"),
    /** Numbers printed without separators, split by the arithmetic. */
    DIGITS_SPLIT(Severity.WARNING, "numbers printed without separators were split so the totals add up"),
    /** Section 三 prints a subtotal column of 法人或其他组织; it was set aside. */
    S3_SUBTOTAL_COLUMN(Severity.INFO, "section 三 prints an eighth column, the 法人或其他组织 subtotal; it was set aside"),
    /** A row's grid cells placed under the header labels by position (header and data colspans differ). */
    CELLS_BY_HEADER(Severity.INFO, "a row's grid cells placed under the header labels by position (colspans differ)"),
    /** Cells read from text that lost the table's grid, placed by the template's sums (one way only). */
    DECODED_BY_ARITHMETIC(Severity.INFO, "cells of text without a table grid placed by the template's sums; one way only"),
    /** Cells whose reading needed numbers re-joined or repeated lines restored. */
    TEXT_NODES_REPAIRED(Severity.WARNING, "numbers cut over lines were re-joined or merged lines restored so the sums hold"),
    /** Cells the printed text and the sums leave undecided: null. */
    DECODE_AMBIGUOUS(Severity.WARNING, "the text allows several values for a cell and the sums do not decide; it is null"),
    /** Cells decided by all sums but one, since the printed numbers break one. */
    DECODE_ONE_RULE_BROKEN(Severity.WARNING, "no reading satisfies every sum; cells were placed by all sums but one"),
    /** A row whose readings could not all be tried: its cells are null. */
    DECODE_GAVE_UP(Severity.WARNING, "too many ways to read a row or table to try them all; its undecided cells are null"),
    /** Numbers printed without separators that cannot be split. */
    DIGITS_RUN_TOGETHER(Severity.ERROR, "numbers printed without separators cannot be split unambiguously; null"),
    /** A label wrapped onto the next line, joined. */
    LABEL_WRAPPED(Severity.INFO, "a label wrapped onto the next line was joined"),
    /** A cell OCR was not sure of, not confirmed by the template's sums. */
    OCR_DOUBTFUL(Severity.WARNING, "OCR was not sure of a cell's digits and the template's sums do not confirm them"),
    /** A cell whose OCR reading was replaced by its next-best one, the only one that makes the sums hold. */
    OCR_CORRECTED(Severity.INFO, "a cell's OCR reading was replaced by a next-best one: the only one the sums accept"),
    /** The agency's name, read differently by OCR in the title, 发布机构, signature or text: the confirmed one taken. */
    OCR_NAME_CORRECTED(Severity.INFO,
            "OCR read the agency's name differently in different places; the reading the report confirms was taken"),
    /** The agency's name, read differently by OCR where the report prints it, none confirmed. */
    AGENCY_UNCERTAIN(Severity.WARNING,
            "OCR's readings of the agency's name differ, or agree on a place no division has; the likeliest taken"),
    /** The title as OCR misread it, given corrected. */
    OCR_TITLE_CORRECTED(Severity.INFO,
            "OCR misread the title; given corrected: prescribed wording, the agency's name as weighed, the confirmed year"),
    /** A label matched by similar wording. */
    LABEL_FUZZY(Severity.INFO, "a label was matched by similar wording, not exactly"),

    // section 二 (主动公开)
    /** A section 二 row label that was not recognised. */
    S2_ROW_UNKNOWN(Severity.WARNING, "a section 二 row label was not recognised; its numbers were not used"),
    /** A section 二 column label that was not recognised. */
    S2_COLUMN_UNKNOWN(Severity.WARNING, "a section 二 column label was not recognised"),
    /** A section 二 row × column that is not in the codebook. */
    S2_CELL_UNKNOWN(Severity.WARNING, "a section 二 row × column is not a codebook cell; the number was not used"),
    /** A section 二 row without a header row. */
    S2_HEADER_MISSING(Severity.INFO, "a section 二 row has no header row; columns taken in the template's order"),
    /** Column labels printed without separators, split. */
    HEADER_SPLIT(Severity.INFO, "section 二 column labels printed without separators were split"),
    /** A row's numbers printed on the next line. */
    NUMBERS_WRAPPED(Severity.INFO, "a section 二 row's numbers were printed on the next line"),

    // section 三 (依申请公开)
    /** A section 三 row label that was not recognised. */
    S3_ROW_UNKNOWN(Severity.ERROR, "a section 三 row label was not recognised; its numbers were not used"),
    /** A section 三 row of numbers without a label that could not be placed. */
    S3_ROW_UNLABELLED(Severity.ERROR, "a section 三 row of numbers has no label and cannot be placed; not used"),
    /** A section 三 row of numbers without a label, placed by the template's order. */
    S3_ROW_INFERRED(Severity.WARNING, "a section 三 row of numbers without a label was placed by the template's order"),
    /** A section 三 row printed twice. */
    S3_ROW_REPEATED(Severity.WARNING, "a section 三 row was printed again; the first is kept"),
    /** The 2019 single （六）其他处理 row. */
    S3_OTHER_SINGLE_ROW(Severity.WARNING, "section 三 prints the 2019 single （六）其他处理 row; the 2021 sub-rows are null"),
    /** The 2021 three （六）其他处理 sub-rows. */
    S3_OTHER_SUBROWS(Severity.WARNING, "section 三 prints the 2021 （六）其他处理 sub-rows; s3_other_* is null"),

    // arithmetic (勾稽关系); numbers are never changed
    /** 本年新收 + 上年结转 ≠ 总计 + 结转下年度. */
    S3_BALANCE(Severity.WARNING, "section 三: 本年新收 + 上年结转 ≠ 总计 + 结转下年度 in a column"),
    /** 总计 ≠ the sum of （一）…（六）. */
    S3_TOTAL_SUM(Severity.WARNING, "section 三: （七）总计 ≠ the sum of （一）…（六） in a column"),
    /** A row's 总计 ≠ the sum of its applicant columns. */
    S3_ROW_SUM(Severity.WARNING, "section 三: a row's 总计 ≠ the sum of its six applicant columns"),
    /** A section 四 group's 总计 ≠ the sum of its outcomes. */
    S4_GROUP_SUM(Severity.WARNING, "section 四: a group's 总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结"),
    /** The text's total differs from the table's. */
    PROSE_TOTAL_MISMATCH(Severity.WARNING, "the text states a number of new requests other than the table's total"),
    /** 上年结转 ≠ the previous year's 结转下年度 (when two years are compared). */
    YEAR_CARRY_OVER(Severity.WARNING, "上年结转 ≠ the previous year's report's 结转下年度"),

    // agency identity and copies (io.github.nianbao.identity, and an import's pass across reports)
    /** The agency name matches no division (or a former one whose successor is not known). */
    REGION_UNKNOWN(Severity.INFO, "the agency name matches no division of the division table; no region code"),
    /** The agency name matches several divisions. */
    REGION_AMBIGUOUS(Severity.INFO, "the agency name matches several divisions and nothing in it decides; no region code"),
    /** The agency name uses a former division. */
    REGION_RENAMED(Severity.INFO, "the agency name uses a former division; the region code is its successor's"),
    /** Two copies of one report disagree on a cell. */
    COPY_MISMATCH(Severity.WARNING, "two copies of one report (same agency and year) read a cell differently");

    private final Severity defaultSeverity;
    private final String meaning;

    DiagnosticCode(Severity defaultSeverity, String meaning) {
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
        this.meaning = meaning;
    }

    /** The severity this code is reported with ({@link #DIAGNOSTICS_TRUNCATED} takes the worst one it counted). */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line saying what the code means. */
    public String meaning() {
        return meaning;
    }
}
