package io.github.nianbao.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads Tesseract's hOCR output written with {@code lstm_choice_mode=2}: words with boxes and confidences, and for
 * each character of a word the candidates the recogniser weighed ({@code ocrx_cinfo} spans with {@code x_confs}).
 */
final class HocrParser {

    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern WCONF = Pattern.compile("x_wconf (-?[\\d.]+)");
    private static final Pattern CONFS = Pattern.compile("x_confs? (-?[\\d.]+)");

    private HocrParser() {
    }

    static List<OcrWord> words(String hocr) {
        Document doc = Jsoup.parse(hocr, "", Parser.xmlParser());
        List<OcrWord> out = new ArrayList<>();
        int line = 0;
        for (Element l : doc.select("span.ocr_line, span.ocr_textfloat, span.ocr_header, span.ocr_caption")) {
            line++;
            for (Element w : l.select("span.ocrx_word")) {
                OcrWord word = word(w, line);
                if (word != null) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    private static OcrWord word(Element w, int line) {
        StringBuilder text = new StringBuilder();
        for (Node n : w.childNodes()) {
            if (n instanceof TextNode t) {
                text.append(t.text());
            } else if (n instanceof Element e && !e.hasClass("ocrx_cinfo")) {
                text.append(e.text()); // <strong>, <em> around the word
            }
        }
        String s = text.toString().strip();
        Matcher b = BBOX.matcher(w.attr("title"));
        if (s.isEmpty() || !b.find()) {
            return null;
        }
        Matcher c = WCONF.matcher(w.attr("title"));
        double conf = c.find() ? Double.parseDouble(c.group(1)) : 0;
        List<OcrWord.Symbol> symbols = symbols(w);
        if (symbols.size() != s.codePointCount(0, s.length())) {
            symbols = List.of();
        }
        return new OcrWord(s, Integer.parseInt(b.group(1)), Integer.parseInt(b.group(2)),
                Integer.parseInt(b.group(3)), Integer.parseInt(b.group(4)), Math.max(0, conf), line, symbols);
    }

    private static List<OcrWord.Symbol> symbols(Element w) {
        List<OcrWord.Symbol> out = new ArrayList<>();
        for (Element group : w.children()) {
            if (!group.hasClass("ocrx_cinfo") || !group.id().startsWith("lstm_choices")) {
                continue;
            }
            List<OcrWord.Choice> choices = new ArrayList<>();
            for (Element choice : group.children()) {
                Matcher m = CONFS.matcher(choice.attr("title"));
                String t = choice.text().strip();
                if (!t.isEmpty()) {
                    choices.add(new OcrWord.Choice(t, m.find() ? Double.parseDouble(m.group(1)) : 0));
                }
            }
            if (!choices.isEmpty()) {
                out.add(new OcrWord.Symbol(choices.get(0).text(), choices.get(0).confidence(), choices));
            }
        }
        return out;
    }
}
