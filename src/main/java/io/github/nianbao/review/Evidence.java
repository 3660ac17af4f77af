package io.github.nianbao.review;

import io.github.nianbao.model.Box;
import java.util.Objects;

/** What a report page shows beside a flagged cell from its source document (出处). */
sealed interface Evidence permits Evidence.Image, Evidence.Line, Evidence.Note {

    /** Where a cell's box came from. */
    enum BoxOrigin {
        /** Stored by the import with the cell. */
        DATABASE,
        /** The database has no box for the cell: found by reading the source again. */
        SOURCE_REREAD
    }

    /**
     * A PNG of the page region around the cell, with the cell's box drawn.
     *
     * @param file   the image, relative to the site's root
     * @param page   the PDF page (1-based)
     * @param box    the cell's box, PDF points from the page's top-left (as the page is displayed)
     * @param region the page region shown, in the same coordinates
     * @param scale  pixels per point
     * @param width  image width in pixels
     * @param height image height in pixels
     * @param origin where the box came from
     */
    record Image(String file, int page, Box box, Box region, float scale, int width, int height, BoxOrigin origin)
            implements Evidence {
        public Image {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * The line of the source the cell was read from, as the reader produced it (table cells separated by tabs).
     *
     * @param line the line number (1-based)
     * @param text the line
     */
    record Line(int line, String text) implements Evidence {
        public Line {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Why there is nothing to show.
     *
     * @param text a sentence
     */
    record Note(String text) implements Evidence {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }
}
