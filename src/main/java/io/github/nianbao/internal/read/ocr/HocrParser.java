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
 * Reads Tesseract's hOCR output written with {@code lstm_choice_mode=2} and {@code hocr_char_boxes=1}: one
 * {@link OcrWord} per character, with the character's own box and confidence ({@code ocrx_cinfo} spans with
 * {@code x_bboxes} and {@code x_conf}) and the candidates the recogniser weighed for it ({@code lstm_choices}
 * spans with {@code x_confs}). Characters, not words, because digits set a little apart are read as one word.
 * Output without character boxes gives one {@link OcrWord} per word.
 */
final class HocrParser {

    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern WCONF = Pattern.compile("x_wconf (-?[\\d.]+)");
    private static final Pattern CHAR = Pattern.compile(
            "x_bboxes (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+); x_conf (-?[\\d.]+)");
    private static final Pattern CONFS = Pattern.compile("x_confs? (-?[\\d.]+)");

    private HocrParser() {
    }

    /** Per page ({@code ocr_page}, in order), its characters or words. */
    static List<List<OcrWord>> pages(String hocr) {
        Document doc = Jsoup.parse(hocr, "", Parser.xmlParser());
        List<List<OcrWord>> out = new ArrayList<>();
        int line = 0;
        for (Element page : doc.select("div.ocr_page")) {
            List<OcrWord> words = new ArrayList<>();
            line = words(page, line, words);
            out.add(words);
        }
        return out;
    }

    private static int words(Element page, int firstLine, List<OcrWord> out) {
        int line = firstLine;
        for (Element l : page.select("span.ocr_line, span.ocr_textfloat, span.ocr_header, span.ocr_caption")) {
            line++;
            for (Element w : l.select("span.ocrx_word")) {
                List<OcrWord> chars = characters(w, line);
                if (!chars.isEmpty()) {
                    out.addAll(chars);
                    continue;
                }
                OcrWord word = word(w, line);
                if (word != null) {
                    out.add(word);
                }
            }
        }
        return line;
    }

    /** The characters of a word that has character boxes, each with the choices listed after it. */
    private static List<OcrWord> characters(Element w, int line) {
        List<OcrWord> out = new ArrayList<>();
        List<Element> kids = w.children();
        for (int i = 0; i < kids.size(); i++) {
            Element e = kids.get(i);
            Matcher m = CHAR.matcher(e.attr("title"));
            String t = e.ownText().strip();
            if (!e.hasClass("ocrx_cinfo") || t.isEmpty() || !m.find()) {
                continue;
            }
            double conf = Math.max(0, Double.parseDouble(m.group(5)));
            List<OcrWord.Choice> choices = new ArrayList<>();
            if (i + 1 < kids.size() && kids.get(i + 1).id().startsWith("lstm_choices")) {
                choices = choices(kids.get(i + 1));
            }
            if (choices.isEmpty()) {
                choices.add(new OcrWord.Choice(t, conf));
            }
            out.add(new OcrWord(t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), conf, line,
                    List.of(new OcrWord.Symbol(t, conf, choices))));
        }
        return out;
    }

    private static List<OcrWord.Choice> choices(Element group) {
        List<OcrWord.Choice> choices = new ArrayList<>();
        for (Element choice : group.children()) {
            Matcher m = CONFS.matcher(choice.attr("title"));
            String t = choice.text().strip();
            if (!t.isEmpty()) {
                choices.add(new OcrWord.Choice(t, m.find() ? Double.parseDouble(m.group(1)) : 0));
            }
        }
        return choices;
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
            List<OcrWord.Choice> choices = choices(group);
            if (!choices.isEmpty()) {
                out.add(new OcrWord.Symbol(choices.get(0).text(), choices.get(0).confidence(), choices));
            }
        }
        return out;
    }
}
