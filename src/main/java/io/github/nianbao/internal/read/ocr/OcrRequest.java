package io.github.nianbao.internal.read.ocr;

/**
 * How Tesseract is to read one image.
 *
 * @param languages        language data, such as {@code chi_sim} or {@code chi_sim+eng}
 * @param pageSegmentation Tesseract's page segmentation mode ({@code --psm}): 6 = one block of text, 7 = one line
 * @param dpi              resolution of the image
 * @param whitelist        the only characters allowed, or empty for any
 * @param choices          whether to ask for each character's alternatives (hOCR output) instead of TSV words
 */
public record OcrRequest(String languages, int pageSegmentation, int dpi, String whitelist, boolean choices) {

    public OcrRequest {
        whitelist = whitelist == null ? "" : whitelist;
    }
}
