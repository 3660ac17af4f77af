package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.RequestRow;
import io.github.nianbao.model.SumRule;
import io.github.nianbao.model.TemplateArithmetic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-table decoder and the row readings it works on: unique, ambiguous and contradictory tables. */
class TableDecoderTest {

    private static final List<SumRule> RULES =
            TemplateArithmetic.requestRules(TemplateArithmetic.OtherLayout.SUB_ROWS);

    @Test
    void runOnDigitsHaveOneReadingWhenTheRowTotalDecides() {
        // 一、本年新收…230 000023: 23 | 0 | 0 | 0 | 0 | 0 | 23
        List<Reading> r = readings(RequestRow.NEW, RowReadings.Form.RUN_ON, "230", "000023");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of(23L, 0L, 0L, 0L, 0L, 0L, 23L), longs(r.get(0)));
    }

    @Test
    void runOnDigitsWithAnEmptyCellLeaveSeveralReadings() {
        // 36 4 5 5 1 · 51 with one empty applicant cell: which one is empty, the row alone cannot say
        List<Reading> r = readings(RequestRow.NEW, RowReadings.Form.RUN_ON, "36455151");
        assertTrue(r.size() >= 6, r.toString());
        for (Reading x : r) {
            assertEquals(51L, x.value(6).longValueExact());
        }
    }

    @Test
    void nodesRejoinANumberCutByMarkupOnlyWhereTheTotalAddsUp() {
        // （七）总计 1 60 0 0 2 0 0 1 62 (nine lines for seven cells) → 160 0 0 2 0 0 162
        List<Reading> r = readings(RequestRow.TOTAL, RowReadings.Form.NODES, "1", "60", "0", "0", "2", "0", "0",
                "1", "62");
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of(160L, 0L, 0L, 2L, 0L, 0L, 162L), longs(r.get(0)));
        assertEquals(2, r.get(0).cost());
    }

    @Test
    void nodesRestoreAMergedRepeatedLine() {
        // 36 4 5 (5 merged away) 1 51
        List<Reading> r = readings(RequestRow.NEW, RowReadings.Form.NODES, "36", "4", "5", "1", "51");
        assertTrue(!r.isEmpty());
        for (Reading x : r) {
            assertEquals(1, x.cost());
            assertEquals(51L, x.value(6).longValueExact());
        }
    }

    @Test
    void theColumnSumsDecideWhichCellIsEmpty() {
        // new: 5 in one of the six applicant columns (unknown which), total 5; the other rows fix the column
        List<TableDecoder.Unit> units = new ArrayList<>();
        units.add(unit(RequestRow.NEW, readings(RequestRow.NEW, RowReadings.Form.RUN_ON, "55")));
        units.add(fixed(RequestRow.CARRIED_IN, 0, 0, 0, 0, 0, 0, 0));
        units.add(fixed(RequestRow.GRANTED, 0, 0, 5, 0, 0, 0, 5));
        units.add(fixed(RequestRow.TOTAL, 0, 0, 5, 0, 0, 0, 5));
        units.add(fixed(RequestRow.CARRIED_OUT, 0, 0, 0, 0, 0, 0, 0));
        zeroRest(units);
        assertTrue(units.get(0).readings().size() > 1);
        TableDecoder.Result res = TableDecoder.decode(units, RULES, 10_000);
        assertEquals(TableDecoder.Outcome.CONSISTENT, res.outcome());
        assertEquals(1, res.kept().get(0).size());
        assertEquals(List.of(0L, 0L, 5L, 0L, 0L, 0L, 5L), longs(res.kept().get(0).get(0)));
    }

    @Test
    void anAmbiguousTableKeepsEveryReadingThatAddsUp() {
        // two rows each "11" (1 somewhere, total 1) whose columns the totals do not separate
        List<TableDecoder.Unit> units = new ArrayList<>();
        units.add(fixed(RequestRow.NEW, 1, 1, 0, 0, 0, 0, 2));
        units.add(fixed(RequestRow.CARRIED_IN, 0, 0, 0, 0, 0, 0, 0));
        units.add(unit(RequestRow.GRANTED, readings(RequestRow.GRANTED, RowReadings.Form.RUN_ON, "11")));
        units.add(unit(RequestRow.PARTIAL, readings(RequestRow.PARTIAL, RowReadings.Form.RUN_ON, "11")));
        units.add(fixed(RequestRow.TOTAL, 1, 1, 0, 0, 0, 0, 2));
        units.add(fixed(RequestRow.CARRIED_OUT, 0, 0, 0, 0, 0, 0, 0));
        zeroRest(units);
        TableDecoder.Result res = TableDecoder.decode(units, RULES, 10_000);
        assertEquals(TableDecoder.Outcome.CONSISTENT, res.outcome());
        assertEquals(2, res.kept().get(2).size()); // natural or business
        assertEquals(2, res.kept().get(3).size());
    }

    @Test
    void aContradictoryTableDropsOneRuleOrNarrowsNothing() {
        List<TableDecoder.Unit> units = new ArrayList<>();
        units.add(unit(RequestRow.NEW, readings(RequestRow.NEW, RowReadings.Form.RUN_ON, "33")));
        units.add(fixed(RequestRow.CARRIED_IN, 0, 0, 0, 0, 0, 0, 0));
        units.add(fixed(RequestRow.GRANTED, 0, 3, 0, 0, 0, 0, 3));
        units.add(fixed(RequestRow.TOTAL, 0, 4, 0, 0, 0, 0, 4)); // （七） does not add up: 3 ≠ 4
        units.add(fixed(RequestRow.CARRIED_OUT, 0, 0, 0, 0, 0, 0, 0));
        zeroRest(units);
        TableDecoder.Result res = TableDecoder.decode(units, RULES, 10_000);
        assertTrue(res.outcome() != TableDecoder.Outcome.CONSISTENT);
    }

    @Test
    void theSearchIsBounded() {
        // every outcome row "11": a 1 in one of six columns, 6^21 combinations; the state bound stops the search
        List<TableDecoder.Unit> units = new ArrayList<>();
        for (RequestRow r : TemplateArithmetic.requestRows(TemplateArithmetic.OtherLayout.SUB_ROWS)) {
            boolean edge = r == RequestRow.NEW || r == RequestRow.TOTAL;
            units.add(edge ? fixed(r, 4, 4, 4, 3, 3, 3, 21) : r == RequestRow.CARRIED_IN || r == RequestRow.CARRIED_OUT
                    ? fixed(r, 0, 0, 0, 0, 0, 0, 0) : unit(r, readings(r, RowReadings.Form.RUN_ON, "11")));
        }
        TableDecoder.Result res = TableDecoder.decode(units, RULES, 500);
        assertEquals(TableDecoder.Outcome.TOO_MANY, res.outcome());
        TableDecoder.Result wide = TableDecoder.decode(units, RULES, 1_000_000);
        assertEquals(TableDecoder.Outcome.CONSISTENT, wide.outcome());
        assertEquals(6, wide.kept().get(2).size()); // any column is possible for any one row
    }

    @Test
    void aRowTooLongToEnumerateHasNoReading() {
        RowReadings.Result r = RowReadings.of(List.of(new RowReadings.Token("1234567891234567891234567", Location.UNKNOWN)),
                7, RowReadings.Form.RUN_ON, null);
        assertTrue(r.overflow());
        assertTrue(r.readings().isEmpty());
    }

    /** Every row of the table not yet in {@code units}, printed as zeros. */
    private static void zeroRest(List<TableDecoder.Unit> units) {
        for (RequestRow r : TemplateArithmetic.requestRows(TemplateArithmetic.OtherLayout.SUB_ROWS)) {
            if (units.stream().noneMatch(u -> u.codes().contains(r.code(Applicant.NATURAL)))) {
                units.add(fixed(r, 0, 0, 0, 0, 0, 0, 0));
            }
        }
    }

    private static List<Reading> readings(RequestRow row, RowReadings.Form form, String... tokens) {
        List<RowReadings.Token> toks = new ArrayList<>();
        for (String t : tokens) {
            toks.add(new RowReadings.Token(t, Location.UNKNOWN));
        }
        RowReadings.Result r = RowReadings.of(toks, 7, form, RowCheck.of(codes(row), RULES));
        return r.readings();
    }

    private static TableDecoder.Unit unit(RequestRow row, List<Reading> readings) {
        return new TableDecoder.Unit(row.label(), codes(row), readings, Location.UNKNOWN);
    }

    private static TableDecoder.Unit fixed(RequestRow row, long... v) {
        BigDecimal[] values = new BigDecimal[v.length];
        String[] raws = new String[v.length];
        Location[] where = new Location[v.length];
        for (int i = 0; i < v.length; i++) {
            values[i] = BigDecimal.valueOf(v[i]);
            raws[i] = Long.toString(v[i]);
            where[i] = Location.UNKNOWN;
        }
        return unit(row, List.of(new Reading(values, raws, where, 0)));
    }

    private static List<String> codes(RequestRow row) {
        List<String> out = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            out.add(row.code(a));
        }
        return out;
    }

    private static List<Long> longs(Reading r) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            out.add(r.value(i).longValueExact());
        }
        return out;
    }
}
