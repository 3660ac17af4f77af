package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.bulk.FileOutcome;
import io.github.nianbao.bulk.ImportStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsDoneTotalRateEtaAndFailures() {
        StringWriter sw = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(sw));
        bar.started(4);
        bar.fileDone(new FileOutcome("a", "1", ImportStatus.IMPORTED, null, null, 5));
        bar.fileDone(new FileOutcome("b", "2", ImportStatus.FAILED, "EMPTY", "the file is empty", 0));
        bar.fileDone(new FileOutcome("c", "3", ImportStatus.SKIPPED, "ALREADY_STORED", "already", 0));
        bar.fileDone(new FileOutcome("d", "4", ImportStatus.IMPORTED, null, null, 5));
        String s = sw.toString();
        assertTrue(s.startsWith("\r[" + ".".repeat(30) + "] 0/4   0%"), s);
        assertTrue(s.contains("[" + "#".repeat(30) + "] 4/4 100%"), s);
        assertTrue(s.contains("files/s"), s);
        assertTrue(s.contains("ETA"), s);
        assertTrue(s.endsWith("failed 1 "), s);
    }
}
