package org.suanpan.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text comes out of the byte-level scanner as the XML means it, whichever way the writer spelled it. */
class XmlScannerTest {
    static String textOf(String xmlBody) {
        return textOf(("<t>" + xmlBody + "</t>").getBytes(StandardCharsets.UTF_8));
    }

    static String textOf(byte[] xml) {
        XmlScanner x = new XmlScanner(xml);
        while (x.next() != XmlScanner.Event.START || !x.is("t")) {
            // up to the element
        }
        return x.elementText();
    }

    @Test
    void entitiesAndUtf8MixFreely() {
        assertEquals("收入支出决算总表", textOf("&#25910;&#20837;&#25903;&#20986;决算&#24635;&#34920;"));
        assertEquals("公开01表 <a & b> \"x\" 'y'", textOf("&#x516C;开01表 &lt;a &amp; b&gt; &quot;x&quot; &apos;y&apos;"));
        assertEquals("𠀀 and 😀", textOf("&#x20000; and 😀"));
        assertEquals("AT&T; &unknown; &", textOf("AT&T; &unknown; &"));
    }

    @Test
    void whatIsNoEntityStaysAsWritten() {
        assertEquals("&#; &#x; &#12a; &bogus; &#1114112; & tail", textOf("&#; &#x; &#12a; &bogus; &#1114112; & tail"));
        assertEquals("&#00000000000065;", textOf("&#00000000000065;"), "no ';' within 12 bytes of the '&'");
        assertEquals("A&#", textOf("&#0000000065;&#"), "the longest entity that still fits, then one cut off at the end");
        assertEquals("&&<", textOf("&&&lt;"));
    }

    @Test
    void longTextsGrowTheBuffer() {
        String word = "&#25910;入1,148.77 ";
        StringBuilder xml = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            xml.append(word);
            expected.append("收入1,148.77 ");
        }
        assertEquals(expected.toString(), textOf(xml.toString()));
        assertEquals("短&", textOf("短&amp;"), "a later short text is not polluted by the longer one");
    }

    @Test
    void brokenUtf8BecomesReplacementCharacters() {
        byte[] xml = {'<', 't', '>', '&', 'a', 'm', 'p', ';', (byte) 0xE6, (byte) 0x94, 'x', '<', '/', 't', '>'};
        assertEquals("&\uFFFD\uFFFDx", textOf(xml));
    }

    @Test
    void attributesFoundInOnePassAreThoseFoundOneByOne() {
        String[] names = {"r", "t"};
        for (String tag : new String[] {"<c r=\"B12\" s=\"3\" t=\"s\">", "<c t='inlineStr' r='A1'>", "<x:c x:r=\"C3\"/>",
            "<c s=\"1\">", "<c r=\"A1\" r=\"B2\" t=\"n\">", "<c rr=\"A1\" tt=\"s\" t=\"str\">"}) {
            XmlScanner x = new XmlScanner(tag.getBytes(StandardCharsets.UTF_8));
            x.next();
            long[] both = new long[2];
            x.attrRanges(new byte[][] {XmlScanner.name(names[0]), XmlScanner.name(names[1])}, both);
            assertEquals(x.string(x.attrRange("r")), x.string(both[0]), tag);
            assertEquals(x.string(x.attrRange("t")), x.string(both[1]), tag);
        }
    }
}
