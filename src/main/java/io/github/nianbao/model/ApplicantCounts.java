package io.github.nianbao.model;

import java.util.EnumMap;
import java.util.Map;

/** One row of section 三: a count per applicant column. */
public record ApplicantCounts(RequestRow row, Map<Applicant, CellValue> counts) {

    public ApplicantCounts {
        counts = Map.copyOf(counts.isEmpty() ? new EnumMap<>(Applicant.class) : new EnumMap<>(counts));
    }

    public CellValue get(Applicant applicant) {
        CellValue v = counts.get(applicant);
        return v == null ? CellValue.missing(row.code(applicant)) : v;
    }

    /** 自然人. */
    public CellValue naturalPersons() {
        return get(Applicant.NATURAL);
    }

    /** 总计. */
    public CellValue total() {
        return get(Applicant.TOTAL);
    }
}
