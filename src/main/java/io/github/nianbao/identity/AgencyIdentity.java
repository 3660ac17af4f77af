package io.github.nianbao.identity;

import io.github.nianbao.model.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Who published a report, for building a panel (agency × year): the place, its level, the kind of agency and a key
 * that is the same for every year of one agency ({@code 洪泽区人民政府} and {@code 淮安市洪泽区人民政府} →
 * {@code 320813/人民政府}).
 *
 * @param agency      the agency name as the report gives it, or null
 * @param regionCode  6-digit 行政区划代码 of the place the agency belongs to (the current code of a renamed division;
 *                    the county's for a township), or null when the name matches no division or several
 * @param regionName  the place's full name from the province down ({@code 江苏省淮安市洪泽区}, plus the township
 *                    when there is one), or null with the code
 * @param level       province, city, county or township; null with the code
 * @param agencyType  the kind of agency, from the end of its name (also known when the place is not)
 * @param agencyKey   region code and canonical agency part ({@code 320813/人民政府}); when the place is not known,
 *                    {@code name/} and the name with spaces removed, so that one spelling still forms one series;
 *                    null when there is no agency name
 * @param diagnostics INFO diagnostics: why the code is null, or which former division the name used
 */
public record AgencyIdentity(String agency, String regionCode, String regionName, Level level, AgencyType agencyType,
                             String agencyKey, List<Diagnostic> diagnostics) {

    public AgencyIdentity {
        Objects.requireNonNull(agencyType, "agencyType");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the place was found. */
    public boolean isResolved() {
        return regionCode != null;
    }
}
