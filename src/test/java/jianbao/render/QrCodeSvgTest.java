package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import jianbao.QrDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The QR code markup decodes, with ZXing's own reader, to exactly the text it was made of. */
class QrCodeSvgTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.shangjie.gov.cn/xinxi/issues/2024/45/",
            "https://www.shangjie.gov.cn/xinxi/issues/2024/45/7/",
            "http://127.0.0.1:8000/",
            "https://example.gov.cn/%E4%B8%8A%E8%A1%97/issues/2024/45/1/?from=print#brief-2",
            "https://例子.政务.cn/上街信息/issues/2024/45/",
            "https://very-long-district-name.example.gov.cn/a/rather/deep/sub/path/for/a/bulletin/portal/issues/2031/123/45/"})
    void decodesToTheTextItWasMadeOf(String url) {
        String svg = new String(QrCodeSvg.svg(url), StandardCharsets.US_ASCII);
        assertEquals(url, QrDecoder.decodeSvg(svg));
        assertEquals(svg, new String(QrCodeSvg.svg(url), StandardCharsets.US_ASCII), "the same text gives the same markup");
        assertTrue(svg.startsWith("<svg ") && svg.endsWith("</svg>") && svg.contains("aria-hidden=\"true\""), svg);
    }
}
