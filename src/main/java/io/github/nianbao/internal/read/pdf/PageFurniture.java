package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops page furniture (页眉页脚): page numbers such as {@code - 3 -}, {@code — 3 —}, {@code 第 3 页 共 5 页} or
 * {@code 3/5} in the top or bottom margin, and running headers or footers repeated in the margins of several pages.
 */
final class PageFurniture {

    /** The top and bottom margins, as a fraction of the page height. */
    private static final double MARGIN = 0.12;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－_~·\\s]*(第\\s*)?[0-9０-９]+(\\s*页)?([\\s/／]*(共\\s*)?[0-9０-９]+(\\s*页)?)?[-—–－_~·\\s]*"
                    + "|[-—–－\\s]*[ivxIVX]+[-—–－\\s]*");

    private PageFurniture() {
    }

    /** Whether {@code text} is a page number. */
    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /** Removes furniture from each page's blocks (in place). */
    static void strip(List<List<Block>> pages, List<PageContent> contents) {
        Map<String, Integer> marginTexts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Block b : pages.get(p)) {
                if (b instanceof LineBlock l && inMargin(l, contents.get(p))) {
                    marginTexts.merge(key(l.text()), 1, Integer::sum);
                }
            }
        }
        int repeat = Math.max(2, (pages.size() + 1) / 2);
        for (int p = 0; p < pages.size(); p++) {
            List<Block> kept = new ArrayList<>();
            for (Block b : pages.get(p)) {
                if (b instanceof LineBlock l && inMargin(l, contents.get(p))
                        && (isPageNumber(l.text()) || pages.size() >= 2 && marginTexts.get(key(l.text())) >= repeat)) {
                    continue;
                }
                kept.add(b);
            }
            pages.set(p, kept);
        }
    }

    private static boolean inMargin(LineBlock l, PageContent page) {
        double h = page.height();
        return l.line().baseline() < h * MARGIN || l.top() > h * (1 - MARGIN);
    }

    /** Running headers differ only in their page numbers. */
    private static String key(String text) {
        return text.replaceAll("[0-9０-９]+", "#").strip();
    }
}
