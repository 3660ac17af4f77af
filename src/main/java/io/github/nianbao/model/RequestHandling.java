package io.github.nianbao.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Section 三, 收到和处理政府信息公开申请情况: requests for disclosure (依申请公开 = disclosure on request) received
 * and how they were handled, per applicant type. Only the rows the report's template has (or the report printed)
 * are present.
 */
public record RequestHandling(List<ApplicantCounts> rows) {

    public RequestHandling {
        rows = List.copyOf(rows);
    }

    /** The row, or null when the report has no such row. */
    public ApplicantCounts row(RequestRow row) {
        for (ApplicantCounts r : rows) {
            if (r.row() == row) {
                return r;
            }
        }
        return null;
    }

    static RequestHandling from(Map<String, CellValue> cells) {
        List<ApplicantCounts> list = new ArrayList<>();
        for (RequestRow row : RequestRow.values()) {
            Map<Applicant, CellValue> counts = new EnumMap<>(Applicant.class);
            for (Applicant a : Applicant.values()) {
                CellValue v = cells.get(row.code(a));
                if (v != null) {
                    counts.put(a, v);
                }
            }
            if (!counts.isEmpty()) {
                list.add(new ApplicantCounts(row, counts));
            }
        }
        return new RequestHandling(list);
    }
}
