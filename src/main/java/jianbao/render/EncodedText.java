package jianbao.render;

import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text of a template encoded as UTF-8 when the template is compiled, so that a page written by a
 * {@link Utf8Writer} copies it instead of encoding it again on every page: most of a page's markup
 * is the same on every page. Any other writer is given the characters.
 */
final class EncodedText extends TextNode {

    private final byte[] utf8;

    private EncodedText(String text, int line) {
        super(text, line);
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    /** A node of {@code text}: encoded beforehand unless it holds a surrogate, whose bytes may depend on the text printed next to it. */
    static TextNode of(String text, int line) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return new TextNode(text, line);
            }
        }
        return new EncodedText(text, line);
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
        if (writer instanceof Utf8Writer encoded) {
            encoded.writeEncoded(utf8);
        } else {
            super.render(self, writer, context);
        }
    }
}
