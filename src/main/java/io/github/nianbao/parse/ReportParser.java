package io.github.nianbao.parse;

import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Narrative;
import io.github.nianbao.model.Template;
import io.github.nianbao.text.ReportText;
import java.util.List;
import java.util.Map;

/** Report text → AnnualReport. (Being written: this first version only wires the pipeline.) */
public final class ReportParser {

    private final ParseOptions options;

    public ReportParser(ParseOptions options) {
        this.options = options;
    }

    public AnnualReport parse(ReportText text, String source) {
        return new AnnualReport(source, text.format(), Template.UNKNOWN, Metadata.EMPTY, Narrative.EMPTY, Map.of(),
                List.of(Diagnostic.error("NOT_A_REPORT", "parser not yet wired", Location.UNKNOWN, null)));
    }
}
