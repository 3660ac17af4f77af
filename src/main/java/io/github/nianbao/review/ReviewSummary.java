package io.github.nianbao.review;

import java.util.List;

/**
 * What a run of {@link ReviewSite#write} did.
 *
 * @param imported        report pages (one per imported report)
 * @param failed          failed files listed in the index
 * @param pagesWritten    report pages written (new or changed)
 * @param pagesUnchanged  report pages left as they were (same content)
 * @param imagesRendered  page images rendered in this run
 * @param evidenceCached  reports whose page images and source lines came from the last run's cache
 * @param filesRemoved    files of the last run that no report needs any more, deleted
 * @param indexWritten    whether {@code index.html} changed
 * @param sourceProblems  reports whose source file could not be used (not found, or changed since the import), with
 *                        the reason; at most the first 20
 * @param nSourceProblems how many reports had such a problem
 */
public record ReviewSummary(int imported, int failed, int pagesWritten, int pagesUnchanged, int imagesRendered,
                            int evidenceCached, int filesRemoved, boolean indexWritten, List<String> sourceProblems,
                            int nSourceProblems) {

    public ReviewSummary {
        sourceProblems = List.copyOf(sourceProblems);
    }
}
