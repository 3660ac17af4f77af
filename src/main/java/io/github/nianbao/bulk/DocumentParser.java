package io.github.nianbao.bulk;

import io.github.nianbao.model.AnnualReport;

/**
 * Turns one file's bytes into a report; by default {@link io.github.nianbao.NianbaoParser#parse(byte[], String)}.
 * Must be thread-safe: the importer calls it from several workers at once.
 */
@FunctionalInterface
public interface DocumentParser {

    /**
     * Parses one document.
     *
     * @throws Exception any failure; a {@link io.github.nianbao.NianbaoException} gives the stored reason and message
     */
    AnnualReport parse(byte[] data, String source) throws Exception;
}
