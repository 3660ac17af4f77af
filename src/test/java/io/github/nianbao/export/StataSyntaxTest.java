package io.github.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.Codebook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: a do-file of the exports passes, and each rule catches what it is for. */
class StataSyntaxTest {

    private static final Codebook CB = Codebook.standard();

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("report_id", "agency_key", "year", "region_code"));
        c.addAll(ExportColumns.cellColumnNames(CB));
        return c;
    }

    @Test
    void theExportsDoFilePasses() {
        String doFile = StataDoFile.load("x.csv", "x.dta", columns(), CB, List.of());
        assertEquals(List.of(), StataSyntax.problems(doFile, "x.csv", columns()));
    }

    @Test
    void eachRuleCatchesItsCase() {
        String good = StataDoFile.load("x.csv", "x.dta", columns(), CB, List.of());
        assertProblem(good.replace("compress\n", ""), "does not end with compress");
        assertProblem(good.replace("label variable year ", "label variable year2 "), "year is not labelled");
        assertProblem(good + "label variable extra `\"a\"'\n", "does not end with compress");
        assertProblem(good.replace("label variable year `\"", "label variable year `\"$x "), "expand");
        assertProblem(good.replace("label variable year `\"", "label variable year `\"" + "长".repeat(81)),
                "longer than 80");
        assertProblem(good.replace("label variable region_code ", "label variable "
                + "a_name_that_is_much_longer_than_32_chars "), "not a Stata name");
        assertProblem(good.replace("version 14", "shell rm -rf x"), "not a command");
        assertProblem(good.replace("x.csv\"", "y.csv\""), "import of another file");
    }

    private static void assertProblem(String doFile, String words) {
        List<String> p = StataSyntax.problems(doFile, "x.csv", columns());
        assertTrue(p.stream().anyMatch(s -> s.contains(words)), words + " not in " + p);
    }
}
