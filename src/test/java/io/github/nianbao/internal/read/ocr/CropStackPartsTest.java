package io.github.nianbao.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the line images of one reading are shared out between Tesseract runs that go on at the same time. */
class CropStackPartsTest {

    private static List<GrayImage> lines(int count, int width, int height) {
        List<GrayImage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(GrayImage.blank(width, height));
        }
        return out;
    }

    @Test
    void aFewLinesStayInOneRun() {
        List<List<GrayImage>> parts = CropStack.parts(lines(5, 2000, 60), 4);
        assertEquals(1, parts.size());
        assertEquals(5, parts.get(0).size());
    }

    @Test
    void aPageOfLinesIsSharedEquallyInOrder() {
        List<GrayImage> all = lines(40, 2000, 60); // 4.8 million pixels
        List<List<GrayImage>> parts = CropStack.parts(all, 2);
        assertEquals(2, parts.size());
        assertEquals(20, parts.get(0).size());
        assertEquals(20, parts.get(1).size());
        assertEquals(all.get(20), parts.get(1).get(0));
    }

    @Test
    void noMoreRunsThanEachHasPixelsFor() {
        List<List<GrayImage>> parts = CropStack.parts(lines(20, 2000, 60), 8); // 2.4 million pixels
        assertEquals(2, parts.size());
        assertEquals(20, parts.get(0).size() + parts.get(1).size());
    }

    @Test
    void noImagesIsOneEmptyRun() {
        List<List<GrayImage>> parts = CropStack.parts(List.of(), 2);
        assertEquals(1, parts.size());
        assertEquals(0, parts.get(0).size());
    }
}
