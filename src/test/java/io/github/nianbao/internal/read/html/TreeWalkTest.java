package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class TreeWalkTest {

    /** Records the calls; skips or stops at nodes chosen by their position in document order. */
    private static final class Recorder implements NodeFilter {
        private final List<String> calls = new ArrayList<>();
        private final int skipEvery;
        private final int stopAt;
        private int heads;

        Recorder(int skipEvery, int stopAt) {
            this.skipEvery = skipEvery;
            this.stopAt = stopAt;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            heads++;
            calls.add("head " + node.nodeName() + " " + depth + " " + heads);
            if (heads == stopAt) {
                return FilterResult.STOP;
            }
            return heads % skipEvery == 0 ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            calls.add("tail " + node.nodeName() + " " + depth);
            return FilterResult.CONTINUE;
        }
    }

    @Test
    void makesTheSameCallsAsNodeTraversor() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            Element root = Jsoup.parse(randomHtml(random)).body();
            int skipEvery = 2 + random.nextInt(6);
            int stopAt = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(40);
            Recorder expected = new Recorder(skipEvery, stopAt);
            Recorder actual = new Recorder(skipEvery, stopAt);
            NodeFilter.FilterResult expectedEnd = NodeTraversor.filter(expected, root);
            NodeFilter.FilterResult actualEnd = TreeWalk.filter(actual, root);
            assertEquals(expected.calls, actual.calls, root.outerHtml());
            assertEquals(expectedEnd, actualEnd);
        }
    }

    private static String randomHtml(Random random) {
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "text", "<br>", "<!-- c -->",
            "<table><tr><td>", "</td></tr></table>", "<b>", "</b>"};
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
