package io.github.nianbao.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a nianbao do-file that can be checked without Stata: only the commands it uses, Stata names (at most
 * 32 characters), labels in compound quotes with nothing Stata would expand and at most 80 characters, balanced
 * quotes, every CSV column labelled once and nothing else labelled, {@code compress} and {@code save} at the end.
 */
public final class StataSyntax {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,31}");
    private static final Pattern LABEL = Pattern.compile("^label variable (\\S+) `\"(.*)\"'$");
    private static final Pattern IMPORT = Pattern.compile(
            "^import delimited using \"([^\"]+)\", encoding\\(\"utf-8\"\\) varnames\\(1\\) bindquote\\(strict\\) clear$");
    private static final Pattern SAVE = Pattern.compile("^save \"([^\"]+\\.dta)\", replace$");
    private static final List<String> COMMANDS = List.of("version ", "import delimited ", "capture rename ",
            "label variable ", "encode ", "xtset ", "compress", "save ");

    private StataSyntax() {
    }

    /**
     * The rules {@code doFile} breaks (empty when none).
     *
     * @param csvHeader the columns of the CSV file the do-file imports
     * @param csvFile   the CSV file's name
     */
    public static List<String> problems(String doFile, String csvFile, List<String> csvHeader) {
        List<String> out = new ArrayList<>();
        Set<String> labelled = new HashSet<>();
        Set<String> generated = new HashSet<>();
        List<String> commands = new ArrayList<>();
        int n = 0;
        for (String line : doFile.split("\n", -1)) {
            n++;
            if (line.isEmpty() || line.startsWith("*")) {
                continue;
            }
            commands.add(line);
            if (COMMANDS.stream().noneMatch(line::startsWith)) {
                out.add("line " + n + ": not a command the do-file should use: " + line);
                continue;
            }
            Matcher m = LABEL.matcher(line);
            if (line.startsWith("label variable ")) {
                if (!m.matches()) {
                    out.add("line " + n + ": label not in compound quotes: " + line);
                    continue;
                }
                checkLabel(n, m.group(1), m.group(2), out);
                if (!labelled.add(m.group(1))) {
                    out.add("line " + n + ": " + m.group(1) + " labelled twice");
                }
                continue;
            }
            if (line.startsWith("import delimited ")) {
                Matcher im = IMPORT.matcher(line);
                if (!im.matches() || !im.group(1).equals(csvFile)) {
                    out.add("line " + n + ": import of another file or with other options: " + line);
                }
            }
            if (line.startsWith("encode ")) {
                Matcher g = Pattern.compile("^encode (\\S+), generate\\((\\S+)\\)$").matcher(line);
                if (!g.matches() || !NAME.matcher(g.group(2)).matches() || !csvHeader.contains(g.group(1))) {
                    out.add("line " + n + ": bad encode: " + line);
                } else {
                    generated.add(g.group(2));
                }
            }
            if (countQuotes(line) % 2 != 0) {
                out.add("line " + n + ": unbalanced quotes: " + line);
            }
        }
        for (String column : csvHeader) {
            if (!labelled.contains(column)) {
                out.add(column + " is not labelled");
            }
        }
        for (String l : labelled) {
            if (!csvHeader.contains(l) && !generated.contains(l)) {
                out.add(l + " is labelled but is not a column");
            }
        }
        int last = commands.size();
        if (last < 2 || !commands.get(last - 2).equals("compress") || !SAVE.matcher(commands.get(last - 1)).matches()) {
            out.add("the do-file does not end with compress and save \"….dta\", replace");
        }
        return out;
    }

    private static void checkLabel(int n, String name, String label, List<String> out) {
        if (!NAME.matcher(name).matches()) {
            out.add("line " + n + ": not a Stata name (letters, digits, _; at most 32): " + name);
        }
        if (label.codePointCount(0, label.length()) > 80) {
            out.add("line " + n + ": label longer than 80 characters: " + label);
        }
        if (label.contains("`") || label.contains("$") || label.contains("\"'")) {
            out.add("line " + n + ": label holds a character Stata would expand or that ends the quotes: " + label);
        }
    }

    private static int countQuotes(String line) {
        String outside = line.replaceAll("`\".*\"'", "");
        return (int) outside.chars().filter(c -> c == '"').count();
    }
}
