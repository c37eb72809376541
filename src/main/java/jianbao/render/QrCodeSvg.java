package jianbao.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/**
 * A QR code as inline SVG markup: one path of the dark modules over a white square with the quiet
 * zone of four modules that scanners need. The same text always gives the same markup, so pages that
 * carry one stay byte-identical from build to build. The SVG carries no text of its own and is
 * hidden from screen readers; the template around it says what it is.
 */
public final class QrCodeSvg {

    /** Modules of white around the code, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;

    /**
     * The mask pattern, fixed: choosing the best of the eight for each code (ZXing's default) scores
     * every mask and cost more than half of a build's CPU time, once per page. Pattern 2 is the one
     * that choice picks most often for the addresses of a bulletin's pages, and any mask scans.
     */
    private static final int MASK_PATTERN = 2;

    private QrCodeSvg() {
    }

    /**
     * The SVG of {@code text} at error correction level M (a printed code still scans with 15% of it
     * smudged). It has no size of its own: the stylesheet sets it.
     */
    public static String svg(String text) {
        ByteMatrix matrix;
        try {
            // An address is ASCII and needs no character set; naming one would add an ECI header that some scanners misread.
            Map<EncodeHintType, Object> hints = text.chars().allMatch(c -> c < 0x80)
                    ? Map.of(EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN)
                    : Map.of(EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN, EncodeHintType.CHARACTER_SET, "UTF-8");
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters: " + e.getMessage(), e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(2048)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">")
                .append("<rect width=\"").append(size).append("\" height=\"").append(size).append("\" fill=\"#fff\"/>")
                .append("<path stroke=\"#000\" d=\"");
        // Each row of dark modules is drawn by a line one module thick through the row's middle: the
        // first run from where it starts (M x y.5 h run), each next one from where the last ended
        // (m gap 0 h run). That takes half the markup of a rectangle per run.
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            int end = -1;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                if (end < 0) {
                    svg.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append(".5");
                } else {
                    svg.append('m').append(start - end).append(" 0");
                }
                svg.append('h').append(x - start);
                end = x;
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}
