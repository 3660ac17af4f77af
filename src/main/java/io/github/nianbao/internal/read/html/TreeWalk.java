package io.github.nianbao.internal.read.html;

import java.util.Arrays;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * Walks a jsoup subtree depth-first like {@code NodeTraversor.filter}, for filters that answer
 * {@link FilterResult#CONTINUE}, {@link FilterResult#SKIP_ENTIRELY} or {@link FilterResult#STOP} and leave the tree
 * as it is: the same calls in the same order. Children are reached by index from a stack of open elements instead
 * of by sibling look-ups, which is cheaper on the pages' flat and wide trees. Iterative: deep markup cannot
 * overflow the stack.
 */
final class TreeWalk {

    private TreeWalk() {
    }

    /**
     * Calls {@code filter.head} on {@code root} and every node under it in document order, and {@code filter.tail}
     * after the children of every node whose head answered {@link FilterResult#CONTINUE}; {@link FilterResult#STOP}
     * from either ends the walk.
     *
     * @return {@link FilterResult#STOP} when the filter stopped the walk, else what it answered last for the root
     */
    static FilterResult filter(NodeFilter filter, Node root) {
        FilterResult first = filter.head(root, 0);
        if (first != FilterResult.CONTINUE) {
            return first;
        }
        Node[] open = new Node[32];
        int[] nextChild = new int[32];
        open[0] = root;
        int size = 1;
        while (true) {
            Node parent = open[size - 1];
            int i = nextChild[size - 1];
            if (i == parent.childNodeSize()) {
                size--;
                FilterResult tail = filter.tail(parent, size);
                if (tail == FilterResult.STOP || size == 0) {
                    return tail;
                }
                continue;
            }
            nextChild[size - 1] = i + 1;
            Node child = parent.childNode(i);
            FilterResult result = filter.head(child, size);
            if (result == FilterResult.STOP) {
                return FilterResult.STOP;
            }
            if (result == FilterResult.CONTINUE) {
                if (size == open.length) {
                    open = Arrays.copyOf(open, size * 2);
                    nextChild = Arrays.copyOf(nextChild, size * 2);
                }
                open[size] = child;
                nextChild[size] = 0;
                size++;
            }
        }
    }
}
