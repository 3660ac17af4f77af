package io.github.nianbao.export;

import io.github.nianbao.export.ExportColumn.Kind;
import io.github.nianbao.export.ExportColumn.Type;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every column the CSV exports can hold, with Chinese and English labels and one unit each: the metadata columns
 * (file, report, identity, copies, counts, provenance), one per codebook code, and the derived 万元 column and
 * printed-unit column of each amount of money ({@link AmountUnit}). {@code codebook.csv} lists them all.
 */
public final class ExportColumns {

    /** Suffix of the printed-unit column of an amount ({@code s2_procure_amount_unit}). */
    public static final String UNIT_SUFFIX = "_unit";
    /** Suffix of the derived 万元 column of an amount ({@code s2_procure_amount_wan}). */
    public static final String WAN_SUFFIX = "_wan";

    private static final String ENGLISH = "/io/github/nianbao/export/codebook-en.csv";
    private static final Map<String, ExportColumn> METADATA = metadata();
    private static final Map<String, String[]> CELL_ENGLISH = english();

    private ExportColumns() {
    }

    /** A metadata column by name ({@code year}, {@code region_code}, …). */
    public static Optional<ExportColumn> metadata(String name) {
        return Optional.ofNullable(METADATA.get(name));
    }

    /** Every metadata column, in the order {@code codebook.csv} lists them. */
    public static List<ExportColumn> metadataColumns() {
        return List.copyOf(METADATA.values());
    }

    /** The column of a codebook code (labels of its first template entry). */
    public static ExportColumn cell(CodebookEntry e) {
        String[] en = CELL_ENGLISH.get(e.code());
        if (en == null) {
            throw new IllegalStateException("no English label for codebook code " + e.code());
        }
        boolean mixed = !e.unit().equals(AmountUnit.WAN) && AmountUnit.isAmount(e);
        String unit = mixed ? "见 " + e.code() + UNIT_SUFFIX : e.unit();
        String unitEn = mixed ? "see " + e.code() + UNIT_SUFFIX : en[1];
        return new ExportColumn(e.code(), Kind.CELL, Type.DECIMAL, e.label(), en[0], unit, unitEn,
                mixed ? "as printed; the unit printed (元 or 万元) is in " + e.code() + UNIT_SUFFIX + " and the amount in "
                        + "万元 in " + e.code() + WAN_SUFFIX : "");
    }

    /** The printed-unit and 万元 columns of an amount of money. */
    public static List<ExportColumn> derived(CodebookEntry e) {
        String[] en = CELL_ENGLISH.get(e.code());
        return List.of(
                new ExportColumn(e.code() + UNIT_SUFFIX, Kind.DERIVED, Type.TEXT, e.columnLabel() + "：单位（按原文）",
                        en[0] + ": unit as printed", "", "", "元 or 万元 as printed beside the number (or fixed by the "
                        + "column label); empty when not printed"),
                new ExportColumn(e.code() + WAN_SUFFIX, Kind.DERIVED, Type.DECIMAL, e.columnLabel() + "（折算为万元）",
                        en[0] + " (in ten thousand yuan)", AmountUnit.WAN, "ten thousand yuan", e.code()
                        + " converted to 万元 (元 / 10000); empty when the unit is not known"));
    }

    /** The codebook's codes in order, then, for each amount, its derived columns: the cell columns of wide exports. */
    public static List<String> cellColumnNames(Codebook codebook) {
        List<String> out = new ArrayList<>(codebook.allCodes());
        for (CodebookEntry e : amounts(codebook)) {
            out.add(e.code() + UNIT_SUFFIX);
            out.add(e.code() + WAN_SUFFIX);
        }
        return out;
    }

    /** The first entry of each amount-of-money code. */
    public static List<CodebookEntry> amounts(Codebook codebook) {
        Map<String, CodebookEntry> out = new LinkedHashMap<>();
        for (CodebookEntry e : codebook.entries()) {
            if (AmountUnit.isAmount(e)) {
                out.putIfAbsent(e.code(), e);
            }
        }
        return List.copyOf(out.values());
    }

    /** The column named {@code name}: metadata, codebook code or derived; empty if none. */
    public static Optional<ExportColumn> find(String name, Codebook codebook) {
        ExportColumn m = METADATA.get(name);
        if (m != null) {
            return Optional.of(m);
        }
        Optional<CodebookEntry> e = codebook.entry(name);
        if (e.isPresent()) {
            return Optional.of(cell(e.get()));
        }
        for (CodebookEntry a : amounts(codebook)) {
            for (ExportColumn d : derived(a)) {
                if (d.name().equals(name)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, ExportColumn> metadata() {
        Map<String, ExportColumn> m = new LinkedHashMap<>();
        col(m, "report_id", Type.INTEGER, "报告编号", "report id (reports.id)", "", "", "");
        col(m, "id", Type.INTEGER, "报告编号", "report id", "", "", "");
        col(m, "agency_key", Type.TEXT, "机构标识", "agency key: the same for every year of one agency", "", "",
                "region code and agency part (320813/人民政府), or name/ and the name when the place is not known");
        col(m, "year", Type.INTEGER, "报告年度", "year reported on", "年", "year", "");
        col(m, "present", Type.INTEGER, "该年有报告", "a report for this agency and year exists (1) or the year is "
                + "missing from the series (0)", "", "", "");
        col(m, "region_code", Type.TEXT, "行政区划代码", "6-digit administrative division code of the agency's place",
                "", "", "empty when the agency name matches no division or several (see diagnostics REGION_*)");
        col(m, "region_name", Type.TEXT, "行政区划名称", "the place's full name", "", "", "");
        col(m, "level", Type.TEXT, "行政级别", "level: province / city / county / township", "", "", "");
        col(m, "agency_type", Type.TEXT, "机构类型", "agency type: government / government_office / department / "
                + "other", "", "", "");
        col(m, "agency", Type.TEXT, "发布机构", "agency as printed", "", "", "");
        col(m, "source", Type.TEXT, "源文件", "source file path, as imported", "", "", "");
        col(m, "sha256", Type.TEXT, "文件内容SHA-256", "SHA-256 of the file content", "", "", "");
        col(m, "size_bytes", Type.INTEGER, "文件大小", "file size", "字节", "bytes", "");
        col(m, "format", Type.TEXT, "文件格式", "file format: pdf / docx / doc / html / txt", "", "", "found from the "
                + "content, not the file name");
        col(m, "template", Type.TEXT, "模板", "template: 2019 / 2021 / legacy", "", "", "");
        col(m, "title", Type.TEXT, "报告标题", "title as printed", "", "", "");
        col(m, "publisher", Type.TEXT, "发布机构（网页）", "publisher in the web page's metadata block", "", "", "");
        col(m, "publish_date", Type.TEXT, "发布日期", "publication date as printed", "", "", "");
        col(m, "index_number", Type.TEXT, "索引号", "index number (索引号)", "", "", "");
        col(m, "source_url", Type.TEXT, "原始链接", "address the document was published at, where the document or "
                + "its crawl header gives it", "", "", "");
        col(m, "status", Type.TEXT, "导入状态", "import status: imported / failed", "", "", "");
        col(m, "reason", Type.TEXT, "失败原因", "failure reason code", "", "", "");
        col(m, "error", Type.TEXT, "失败说明", "failure message", "", "", "");
        col(m, "is_primary", Type.INTEGER, "主副本", "primary copy of its group (1) or another copy (0)", "", "", "fewest "
                + "ERRORs, then most cells read, then format (pdf, docx, doc, html, txt), then first imported");
        col(m, "copy_group", Type.INTEGER, "副本组", "copy group: report_id of the group's primary copy", "", "",
                "reports with the same agency_key and year");
        col(m, "n_copies", Type.INTEGER, "副本数", "copies of this report (same agency_key and year)", "份",
                "documents", "");
        col(m, "n_errors", Type.INTEGER, "错误数", "ERROR diagnostics", "条", "diagnostics", "");
        col(m, "n_warnings", Type.INTEGER, "警告数", "WARNING diagnostics, including those across copies and years",
                "条", "diagnostics", "");
        col(m, "n_infos", Type.INTEGER, "提示数", "INFO diagnostics", "条", "diagnostics", "");
        col(m, "n_cells_read", Type.INTEGER, "读出单元格数", "codebook cells with a number read", "个", "cells", "");
        col(m, "ocr", Type.INTEGER, "OCR页数", "pages read by OCR (a scanned report); 0 for a document with text", "页",
                "pages", "");
        col(m, "parse_ms", Type.INTEGER, "解析耗时", "parse time", "毫秒", "milliseconds", "");
        col(m, "nianbao_version", Type.TEXT, "解析版本", "nianbao version that parsed the file", "", "", "");
        col(m, "imported_at", Type.TEXT, "导入时间", "when the report was stored (UTC, ISO 8601)", "", "", "");
        return Collections.unmodifiableMap(m);
    }

    private static void col(Map<String, ExportColumn> m, String name, Type type, String zh, String en, String unitZh,
                             String unitEn, String note) {
        m.put(name, new ExportColumn(name, Kind.METADATA, type, zh, en, unitZh, unitEn, note));
    }

    private static Map<String, String[]> english() {
        try (InputStream in = ExportColumns.class.getResourceAsStream(ENGLISH)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + ENGLISH);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String[]> out = new HashMap<>();
            String line = r.readLine(); // code,label_en,unit_en
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length == 3) {
                    out.put(f[0], new String[] {f[1], f[2]});
                }
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
