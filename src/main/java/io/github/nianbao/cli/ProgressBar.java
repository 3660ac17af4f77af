package io.github.nianbao.cli;

import io.github.nianbao.bulk.FileOutcome;
import io.github.nianbao.bulk.ImportStatus;
import io.github.nianbao.bulk.ImportSummary;
import io.github.nianbao.bulk.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: done/total, percent, files per second, time left, failures. Redrawn at
 * most five times a second, cleared at the end.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private int total;
    private int done;
    private int failed;
    private long start;
    private long lastDraw;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(int totalFiles) {
        total = totalFiles;
        start = System.nanoTime();
        draw();
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        done++;
        if (outcome.status() == ImportStatus.FAILED) {
            failed++;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || done == total) {
            draw();
        }
    }

    @Override
    public void finished(ImportSummary summary) {
        draw();
        err.print('\n');
        err.flush();
    }

    private void draw() {
        lastDraw = System.nanoTime();
        double seconds = (lastDraw - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String eta = rate > 0 && done < total ? clock((total - done) / rate) : "--:--";
        err.printf(Locale.ROOT, "\r[%s] %d/%d %3d%%  %.1f files/s  ETA %s  failed %d ", bar, done, total,
                total == 0 ? 100 : 100L * done / total, rate, eta, failed);
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
