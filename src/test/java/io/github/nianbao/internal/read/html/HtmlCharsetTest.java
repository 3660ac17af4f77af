package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.TextDecoding;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    private static final String BODY = "<body><p>韶关市镕堃区人民政府</p></body></html>";

    @Test
    void gb2312DeclarationDecodesAsGb18030SoRongAndKunSurvive() {
        byte[] page = ("<html><head><meta charset=\"gb2312\"></head>" + BODY).getBytes(TextDecoding.GB18030);
        HtmlCharset.Result r = HtmlCharset.decode(page);
        assertEquals("gb2312", r.declared());
        assertEquals(TextDecoding.GB18030, r.charset());
        assertTrue(r.text().contains("韶关市镕堃区人民政府"), r.text());
        assertNull(r.diagnostic());
    }

    @Test
    void httpEquivContentTypeIsRead() {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head>" + BODY)
                .getBytes(TextDecoding.GB18030);
        assertEquals("GBK", HtmlCharset.declaredCharset(page));
        assertTrue(HtmlCharset.decode(page).text().contains("镕堃"));
    }

    @Test
    void metaAfterFiveKilobytesOfHeadIsFound() {
        String filler = "<style>" + ".a{color:red}\n".repeat(600) + "</style>";
        String html = "<html><head>" + filler + "<meta charset='gbk'></head>" + BODY;
        assertTrue(html.indexOf("charset") > 5 * 1024);
        HtmlCharset.Result r = HtmlCharset.decode(html.getBytes(TextDecoding.GB18030));
        assertEquals("gbk", r.declared());
        assertEquals(TextDecoding.GB18030, r.charset());
        assertNull(r.diagnostic(), "a declared charset needs no note");
    }

    @Test
    void metaInCommentOrBodyIsIgnored() {
        String html = "<html><head><!-- <meta charset=\"big5\"> --><title>t</title></head><body>"
                + "<meta charset=\"big5\"><p>一</p></body></html>";
        assertNull(HtmlCharset.declaredCharset(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void undeclaredUtf8StaysUtf8() {
        HtmlCharset.Result r = HtmlCharset.decode(("<html>" + BODY).getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, r.charset());
        assertNull(r.diagnostic());
        assertTrue(r.text().contains("镕堃"));
    }

    @Test
    void undeclaredGbBytesFallBackToGb18030WithInfo() {
        HtmlCharset.Result r = HtmlCharset.decode(("<html>" + BODY).getBytes(TextDecoding.GB18030));
        assertEquals(TextDecoding.GB18030, r.charset());
        assertTrue(r.text().contains("韶关市镕堃区人民政府"));
        assertEquals(DiagnosticCode.CHARSET_GB18030, r.diagnostic().code());
        assertEquals(Severity.INFO, r.diagnostic().severity());
    }

    @Test
    void wrongUtf8DeclarationFallsBackToGb18030WithInfo() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head>" + BODY).getBytes(TextDecoding.GB18030);
        HtmlCharset.Result r = HtmlCharset.decode(page);
        assertEquals(TextDecoding.GB18030, r.charset());
        assertTrue(r.text().contains("韶关市镕堃区人民政府"));
        assertEquals(DiagnosticCode.CHARSET_MISDECLARED, r.diagnostic().code());
        assertEquals(Severity.INFO, r.diagnostic().severity());
    }

    @Test
    void gbkDeclarationOnUtf8BytesReadsUtf8() {
        byte[] page = ("<html><head><meta charset=\"gbk\"></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        HtmlCharset.Result r = HtmlCharset.decode(page);
        assertEquals(StandardCharsets.UTF_8, r.charset());
        assertTrue(r.text().contains("韶关市镕堃区人民政府"));
        assertEquals(DiagnosticCode.CHARSET_MISDECLARED, r.diagnostic().code());
    }

    @Test
    void byteOrderMarkWinsOverDeclaration() {
        byte[] body = ("<html><head><meta charset=\"gbk\"></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);
        HtmlCharset.Result r = HtmlCharset.decode(page);
        assertEquals(StandardCharsets.UTF_8, r.charset());
        assertTrue(r.text().startsWith("<html>"));
    }
}
