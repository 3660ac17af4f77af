package io.github.nianbao.identity;

import java.util.Locale;

/** The administrative level (行政级别) of the place an agency belongs to. */
public enum Level {
    /** 省级: provinces, autonomous regions, municipalities (直辖市). */
    PROVINCE,
    /** 地级: prefecture-level cities, 自治州, 地区, 盟. */
    CITY,
    /** 县级: districts, counties, county-level cities, 旗 (and the districts of a 直辖市). */
    COUNTY,
    /** 乡级: 乡, 镇, 街道 — only when the agency name says so; its region code is the county's. */
    TOWNSHIP;

    /** Lower-case name as used in exports ({@code province}, {@code city}, {@code county}, {@code township}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Level ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
