package io.github.nianbao.model;

/**
 * The report's prose parts, as text with paragraphs separated by newlines; null when the part is missing.
 *
 * @param overview      一、总体情况 (overview)
 * @param problems      五、存在的主要问题及改进情况 (main problems and improvements)
 * @param otherMatters  六、其他需要报告的事项 (other matters to report)
 */
public record Narrative(String overview, String problems, String otherMatters) {

    public static final Narrative EMPTY = new Narrative(null, null, null);
}
