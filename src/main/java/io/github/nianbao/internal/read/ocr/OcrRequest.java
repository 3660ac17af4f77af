package io.github.nianbao.internal.read.ocr;

/**
 * How Tesseract is to read one image.
 *
 * @param languages        language data, such as {@code chi_sim} or {@code eng}
 * @param pageSegmentation Tesseract's page segmentation mode ({@code --psm}): 6 = one block of text
 * @param dpi              resolution of the image
 * @param whitelist        the only characters allowed, or empty for any
 * @param output           what to read
 */
public record OcrRequest(String languages, int pageSegmentation, int dpi, String whitelist, Output output) {

    /** What Tesseract is asked for. */
    public enum Output {
        /** Words with boxes and confidences (TSV). */
        WORDS,
        /** Characters, each with its own box and confidence (hOCR with character boxes). */
        CHARACTERS,
        /** Characters with their boxes, confidences and the alternatives the recogniser weighed for each. */
        CHOICES
    }

    public OcrRequest {
        whitelist = whitelist == null ? "" : whitelist;
        output = output == null ? Output.WORDS : output;
    }
}
