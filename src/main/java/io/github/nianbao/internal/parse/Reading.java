package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One way to read the cells of a {@link TableDecoder.Unit}: a value per cell ({@code null} where the text gives none),
 * the token printed for it ({@code ""} for a cell left empty, {@code null} for a cell the text does not have), where
 * it was printed, and how many unusual steps the reading needed (numbers re-joined, repeated lines restored).
 */
record Reading(BigDecimal[] values, String[] raws, Location[] locations, int cost) {

    Reading {
        values = values.clone();
        raws = raws.clone();
        locations = locations.clone();
    }

    int size() {
        return values.length;
    }

    BigDecimal value(int i) {
        return values[i];
    }

    String raw(int i) {
        return raws[i];
    }

    Location location(int i) {
        return locations[i];
    }

    /** Whether both readings give the same numbers (tokens and places may differ). */
    boolean sameValues(Reading other) {
        return Arrays.equals(values, other.values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reading r && Arrays.equals(values, r.values) && Arrays.equals(raws, r.raws)
                && cost == r.cost;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.hashCode(raws);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
