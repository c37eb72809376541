package jianbao.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * The template function {@code {{ qr_svg(page.path | abs_url) }}}: the QR code of a text (a page's
 * absolute URL) as inline SVG markup, made at build time so that a printed page leads back to its
 * address without an image from anywhere else.
 */
final class QrCodeFunction extends AbstractExtension {

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("qr_svg", new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                Object text = args.get("text");
                if (text == null || text.toString().isEmpty()) {
                    throw new PebbleException(null, "qr_svg 需要要编码的文字，例如 qr_svg(page.path | abs_url)", line, self.getName());
                }
                return new EncodedHtml(QrCodeSvg.svg(text.toString()));
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of("text");
            }
        });
    }
}
