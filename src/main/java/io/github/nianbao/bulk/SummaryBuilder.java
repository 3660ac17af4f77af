package io.github.nianbao.bulk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts outcomes for {@link ImportSummary}; used by the writer thread only. */
final class SummaryBuilder {

    private final int total;
    private int imported;
    private int skipped;
    private int reparsed;
    private final Map<String, Integer> reasons = new HashMap<>();
    private final List<FileOutcome> failures = new ArrayList<>();

    SummaryBuilder(int total) {
        this.total = total;
    }

    void reparsed() {
        reparsed++;
    }

    void add(FileOutcome o) {
        switch (o.status()) {
            case IMPORTED -> imported++;
            case SKIPPED -> skipped++;
            case FAILED -> {
                failures.add(o);
                reasons.merge(o.reason(), 1, Integer::sum);
            }
        }
    }

    ImportSummary build(Duration elapsed) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new ImportSummary(total, imported, skipped, failures.size(), sorted, failures, elapsed,
                reparsed);
    }
}
