package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.Cjk;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextStreamTest {

    @Test
    void noLabelRepeatsItsFirstCharacter() {
        for (String label : PageRules.META_LABELS) {
            assertTrue(label.length() >= 2 && label.indexOf(label.charAt(0), 1) < 0, label);
        }
    }

    @Test
    void findsLabelsAcrossNodesSpacesAndZeroWidthCharacters() {
        TextStream s = new TextStream();
        assertEquals(0, s.read("本机关发布"));
        assertEquals(bit("发布机构"), s.read(" 机\u200B构：某局"));
        assertEquals(0, s.read("索引"));
        assertEquals(0, s.read("，号"));
        assertEquals(bit("索引号") | bit("成文日期"), s.read("索 引\n号 成文日期"));
    }

    /** The stream agrees with searching the text nodes joined, spaces and zero-width characters removed. */
    @Test
    void agreesWithSearchingTheJoinedText() {
        Random random = new Random(11);
        String alphabet = "索引号发布机构文关日期成主题分类信息生时所属，a 1\u00A0\u200B\n";
        int seen = 0;
        for (int round = 0; round < 3000; round++) {
            String stream = randomStream(random, alphabet);
            TextStream s = new TextStream();
            int bits = 0;
            for (int from = 0; from < stream.length(); ) {
                int to = Math.min(stream.length(), from + random.nextInt(6));
                String node = stream.substring(from, to);
                bits |= s.read(node);
                assertEquals(TextJoin.hanCount(node), s.han(), node);
                assertEquals(TextJoin.hasText(node), s.hasText(), node);
                from = to;
            }
            StringBuilder joined = new StringBuilder();
            stream.chars().filter(c -> !TextJoin.isSpace((char) c) && !Cjk.isInvisible((char) c))
                    .forEach(c -> joined.append((char) c));
            int expected = 0;
            for (int k = 0; k < PageRules.META_LABELS.length; k++) {
                if (joined.indexOf(PageRules.META_LABELS[k]) >= 0) {
                    expected |= 1 << k;
                }
            }
            assertEquals(expected, bits, stream);
            seen += Integer.bitCount(expected);
        }
        assertTrue(seen > 1000, "labels found in the random streams: " + seen);
    }

    /** Random characters and labels, some labels with a space or zero-width character inside. */
    private static String randomStream(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int token = 0; token < 12; token++) {
            if (random.nextBoolean()) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                continue;
            }
            String label = PageRules.META_LABELS[random.nextInt(PageRules.META_LABELS.length)];
            int cut = random.nextInt(label.length() + 1);
            sb.append(label, 0, cut).append(random.nextInt(3) == 0 ? "\u200B" : "").append(label.substring(cut));
        }
        return sb.toString();
    }

    @Test
    void measuresHanCharactersAndTextOfTheNodeReadLast() {
        TextStream s = new TextStream();
        s.read("政府信息，（一）abc");
        assertEquals(5, s.han());
        assertTrue(s.hasText());
        s.read(" \u00A0\u200B\n");
        assertEquals(0, s.han());
        assertFalse(s.hasText());
    }

    private static int bit(String label) {
        return 1 << java.util.Arrays.asList(PageRules.META_LABELS).indexOf(label);
    }
}
