package io.github.nianbao.identity;

import java.util.Objects;

/**
 * One line of the division table: a 行政区划 (administrative division) at province, city or county level, as it
 * appeared in the snapshots the table was derived from.
 *
 * @param code      6-digit 行政区划代码
 * @param name      the name, such as {@code 洪泽区}
 * @param level     province, city or county
 * @param parent    the code of the division it belongs to (the province for a city, a 直辖市's district or a
 *                  省直辖 county; the city otherwise), or null for a province
 * @param firstYear the first snapshot year that lists it
 * @param lastYear  the last snapshot year that lists it, or null when the newest snapshot does
 * @param successor for a former division: the current division it became (same code with a new name, or a new
 *                  code as in 洪泽县 320829 → 洪泽区 320813), or null when the table does not know
 */
public record Division(String code, String name, Level level, String parent, int firstYear, Integer lastYear,
                       String successor) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /** Whether the newest snapshot lists this division. */
    public boolean isCurrent() {
        return lastYear == null;
    }

    /** Whether it may be the division of a report on {@code year} (null: any year). */
    boolean existedIn(Integer year) {
        return year == null || lastYear == null || year <= lastYear + 1;
    }
}
