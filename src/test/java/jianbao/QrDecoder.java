package jianbao;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads QR codes back with ZXing's decoder, as a phone's camera would: from a picture of the code
 * (a screenshot), or from the SVG markup a page carries, drawn here module by module.
 */
public final class QrDecoder {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    /** A row's first run (M x y.5 h run) or a next one on the same row (m gap 0 h run). */
    private static final Pattern RUN = Pattern.compile("(?:M(\\d+) (\\d+)\\.5|m(\\d+) 0)h(\\d+)");
    /** Pixels per module when an SVG is drawn. */
    private static final int SCALE = 4;

    private QrDecoder() {
    }

    /** The text of the QR code in {@code image}. */
    public static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return decode(pixels, image.getWidth(), image.getHeight());
    }

    /**
     * The text of the QR code drawn by {@code svg}: its white square, then each dark run of the path,
     * a line one module thick through the middle of its row (M x y.5 h run, then m gap 0 h run for the
     * next runs of the row), which is every shape the markup is allowed to contain.
     */
    public static String decodeSvg(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in " + svg);
        }
        int width = Integer.parseInt(box.group(1)) * SCALE;
        int height = Integer.parseInt(box.group(2)) * SCALE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFFFF);
        String path = svg.replaceAll("(?s).*<path stroke=\"#000\" d=\"([^\"]*)\".*", "$1");
        if (!RUN.matcher(path).replaceAll("").isEmpty()) {
            throw new AssertionError("the path has other shapes than module runs: " + RUN.matcher(path).replaceAll(""));
        }
        Matcher run = RUN.matcher(path);
        int x0 = 0;
        int y0 = 0;
        while (run.find()) {
            if (run.group(1) != null) {
                x0 = Integer.parseInt(run.group(1));
                y0 = Integer.parseInt(run.group(2));
            } else {
                x0 += Integer.parseInt(run.group(3));
            }
            int length = Integer.parseInt(run.group(4));
            for (int y = y0 * SCALE; y < (y0 + 1) * SCALE; y++) {
                for (int x = x0 * SCALE; x < (x0 + length) * SCALE; x++) {
                    pixels[y * width + x] = 0xFF000000;
                }
            }
            x0 += length;
        }
        return decode(pixels, width, height);
    }

    private static String decode(int[] pixels, int width, int height) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code in the " + width + " x " + height + " picture: " + e, e);
        }
    }
}
