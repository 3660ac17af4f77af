package io.github.nianbao.export;

import io.github.nianbao.identity.AgencyIdentity;
import io.github.nianbao.identity.AgencyResolver;
import io.github.nianbao.internal.JsonWriter;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.ApplicantCounts;
import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.CaseOutcomes;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.OcrReading;
import io.github.nianbao.model.ProactiveItem;
import io.github.nianbao.model.ReviewAndLitigation;
import java.math.BigDecimal;

/**
 * An {@link AnnualReport} as JSON. Shape:
 * <pre>
 * {"source", "format", "template", "agency", "year", "title",
 *  "metadata": {"publisher", "publishDate", "indexNumber", "sourceUrl"},
 *  "identity": {"regionCode", "regionName", "level", "agencyType", "agencyKey", "notes": [{"code", "message"}]},
 *  "cells": {code: number|null, …},          every code of the template, codebook order
 *  "raw": {code: "token as printed"|null, …},
 *  "ocr": {"pages", "cells": {code: {"confidence", "doubtful", "alternatives"}}},   only for a report read by OCR
 *  "sections": {"overview", "proactive": {category: {measure: n}}, "requests": {row: {applicant: n}},
 *               "review": {group: {outcome: n}}, "problems", "otherMatters"},
 *  "diagnostics": [{"severity", "code", "message", "location": {...}, "cell"}]}
 * </pre>
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** The report as one JSON object; {@code pretty} indents it, otherwise it is one line (JSON Lines). */
    public static String toJson(AnnualReport r, boolean pretty) {
        StringBuilder sb = new StringBuilder(16_384);
        JsonWriter w = new JsonWriter(sb, pretty);
        w.beginObject();
        Metadata m = r.metadata();
        w.name("source").value(r.source());
        w.name("format").value(r.format() == null ? null : r.format().id());
        w.name("template").value(r.template().code());
        w.name("agency").value(m.agency());
        w.name("year").value(m.year());
        w.name("title").value(m.title());
        w.name("metadata").beginObject();
        w.name("publisher").value(m.publisher());
        w.name("publishDate").value(m.publishDate());
        w.name("indexNumber").value(m.indexNumber());
        w.name("sourceUrl").value(m.sourceUrl());
        w.endObject();
        writeIdentity(w, AgencyResolver.standard().resolve(r));
        w.name("cells").beginObject();
        for (CellValue c : r.cells().values()) {
            w.name(c.code()).value(c.value());
        }
        w.endObject();
        w.name("raw").beginObject();
        for (CellValue c : r.cells().values()) {
            w.name(c.code()).value(c.raw());
        }
        w.endObject();
        writeOcr(w, r);
        writeSections(w, r);
        w.name("diagnostics").beginArray();
        for (Diagnostic d : r.diagnostics()) {
            writeDiagnostic(w, d);
        }
        w.endArray();
        w.endObject();
        return sb.toString();
    }

    /** The agency identity ({@link AgencyResolver}); its INFO diagnostics as {@code notes}. */
    private static void writeIdentity(JsonWriter w, AgencyIdentity id) {
        w.name("identity").beginObject();
        w.name("regionCode").value(id.regionCode());
        w.name("regionName").value(id.regionName());
        w.name("level").value(id.level() == null ? null : id.level().id());
        w.name("agencyType").value(id.agencyType().id());
        w.name("agencyKey").value(id.agencyKey());
        w.name("notes").beginArray();
        for (Diagnostic d : id.diagnostics()) {
            w.beginObject();
            w.name("code").value(d.code().name());
            w.name("message").value(d.message());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /** A JSON object for a file that could not be read: {@code {"source", "error", "reason"}}. */
    public static String error(String source, String reason, String message) {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb, false);
        w.beginObject();
        w.name("source").value(source);
        w.name("error").value(message);
        w.name("reason").value(reason);
        w.endObject();
        return sb.toString();
    }

    /**
     * For a report read by OCR: the pages read so, and per cell read from a scan its confidence, whether OCR
     * doubted it and its other readings. Absent for documents with text, so their JSON stays as it was.
     */
    private static void writeOcr(JsonWriter w, AnnualReport r) {
        int pages = r.ocrPages();
        boolean cells = r.cells().values().stream().anyMatch(c -> c.ocr() != null);
        if (pages == 0 && !cells) {
            return;
        }
        w.name("ocr").beginObject();
        w.name("pages").value(pages);
        w.name("cells").beginObject();
        for (CellValue c : r.cells().values()) {
            OcrReading o = c.ocr();
            if (o == null) {
                continue;
            }
            w.name(c.code()).beginObject();
            w.name("confidence").value(BigDecimal.valueOf(Math.round(o.confidence() * 1000), 3));
            w.name("doubtful").value(o.doubtful());
            w.name("alternatives").beginArray();
            for (OcrReading.Alternative a : o.alternatives()) {
                w.value(a.text());
            }
            w.endArray();
            w.endObject();
        }
        w.endObject();
        w.endObject();
    }

    private static void writeSections(JsonWriter w, AnnualReport r) {
        w.name("sections").beginObject();
        w.name("overview").value(r.narrative().overview());
        w.name("proactive").beginObject();
        for (ProactiveItem item : r.proactiveDisclosure().items()) {
            w.name(item.category()).beginObject();
            item.measures().forEach((k, v) -> w.name(k).value(v.value()));
            w.endObject();
        }
        w.endObject();
        w.name("requests").beginObject();
        for (ApplicantCounts row : r.requests().rows()) {
            w.name(row.row().key()).beginObject();
            for (Applicant a : Applicant.values()) {
                w.name(a.suffix()).value(row.get(a).value());
            }
            w.endObject();
        }
        w.endObject();
        ReviewAndLitigation rv = r.reviewAndLitigation();
        w.name("review").beginObject();
        writeOutcomes(w, "reconsideration", rv.reconsideration());
        writeOutcomes(w, "directLitigation", rv.directLitigation());
        writeOutcomes(w, "litigationAfterReconsideration", rv.litigationAfterReconsideration());
        w.endObject();
        w.name("problems").value(r.narrative().problems());
        w.name("otherMatters").value(r.narrative().otherMatters());
        w.endObject();
    }

    private static void writeOutcomes(JsonWriter w, String name, CaseOutcomes o) {
        w.name(name).beginObject();
        w.name("upheld").value(o.upheld().value());
        w.name("corrected").value(o.corrected().value());
        w.name("other").value(o.other().value());
        w.name("pending").value(o.pending().value());
        w.name("total").value(o.total().value());
        w.endObject();
    }

    private static void writeDiagnostic(JsonWriter w, Diagnostic d) {
        w.beginObject();
        w.name("severity").value(d.severity().name());
        w.name("code").value(d.code().name());
        w.name("message").value(d.message());
        Location l = d.location();
        w.name("location").beginObject();
        w.name("line").value(l.line() == 0 ? null : l.line());
        w.name("page").value(l.page() == 0 ? null : l.page());
        w.name("table").value(l.table() == 0 ? null : l.table());
        w.name("row").value(l.row() == 0 ? null : l.row());
        w.name("column").value(l.column() == 0 ? null : l.column());
        w.endObject();
        w.name("cell").value(d.cell());
        w.endObject();
    }
}
