package jianbao.render;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints {@code {{ label('site.skip_link') }}}, a label named by a literal and given no values, as
 * the text it always is: the text, escaped as autoescaping would, is put in the template when it
 * is compiled, instead of the function being called and its result escaped on every page (about
 * forty times a page in the default theme), and joins the text around it. Together 2 % of the CPU
 * of a 20,000-article build. Labels with placeholders, labels a theme does not have (an error at
 * render time, at the template's line) and labels printed through other filters stay calls.
 *
 * <p>Pebble runs this after its autoescaping has wrapped each printed expression in its
 * {@code escape} filter, so the printed expression is {@code escape(label('key'))} or, where
 * autoescaping is off, {@code label('key')}.
 */
final class ConstantLabels implements NodeVisitorFactory {

    private final Labels labels;
    private final EscapingStrategy html;

    /** @param html the strategy that autoescaping uses for HTML, the default one */
    ConstantLabels(Labels labels, EscapingStrategy html) {
        this.labels = labels;
        this.html = html;
    }

    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(PrintNode node) {
                folded(node.getExpression()).ifPresent(node::setExpression);
                super.visit(node);
            }

            @Override
            public void visit(BodyNode body) {
                super.visit(body);
                joinTexts(body.getChildren());
            }
        };
    }

    /**
     * Makes each run of text and printed literals (folded labels among them) one text node, encoded
     * once ({@link EncodedText}): the page is written in fewer, longer pieces, most of them copied.
     */
    private static void joinTexts(List<RenderableNode> children) {
        List<RenderableNode> joined = new ArrayList<>(children.size());
        StringBuilder text = new StringBuilder();
        int line = 0;
        for (RenderableNode child : children) {
            String constant = child instanceof TextNode node ? new String(node.getData())
                    : child instanceof PrintNode node && node.getExpression() instanceof LiteralStringExpression literal ? literal.getValue()
                    : null;
            if (constant == null) {
                if (!text.isEmpty()) {
                    joined.add(EncodedText.of(text.toString(), line));
                    text.setLength(0);
                }
                joined.add(child);
            } else {
                if (text.isEmpty()) {
                    line = ((AbstractRenderableNode) child).getLineNumber();
                }
                text.append(constant);
            }
        }
        if (!text.isEmpty()) {
            joined.add(EncodedText.of(text.toString(), line));
        }
        children.clear();
        children.addAll(joined);
    }

    private Optional<Expression<?>> folded(Expression<?> printed) {
        if (printed instanceof FilterExpression filtered && filtered.getRightExpression() instanceof FilterInvocationExpression filter
                && filter.getFilterName().equals("escape") && escapesAsHtml(filter.getArgs())) {
            return text(filtered.getLeftExpression()).map(text -> new LiteralStringExpression(html.escape(text), printed.getLineNumber()));
        }
        return text(printed).map(text -> new LiteralStringExpression(text, printed.getLineNumber()));
    }

    /** The text of {@code label('key')}, when that is what the expression is and the label needs no values. */
    private Optional<String> text(Expression<?> expression) {
        if (!(expression instanceof FunctionOrMacroInvocationExpression call) || !call.getFunctionName().equals("label")) {
            return Optional.empty();
        }
        ArgumentsNode arguments = call.getArguments();
        boolean keyOnly = arguments.getPositionalArgs() != null && arguments.getPositionalArgs().size() == 1
                && (arguments.getNamedArgs() == null || arguments.getNamedArgs().isEmpty());
        if (!keyOnly || !(arguments.getPositionalArgs().get(0).getValueExpression() instanceof LiteralStringExpression key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(labels.text(key.getValue()));
        } catch (Labels.MissingLabelException e) {
            return Optional.empty();
        }
    }

    /** Whether the escape filter uses the default strategy, HTML: it names none, or names html. */
    private static boolean escapesAsHtml(ArgumentsNode arguments) {
        if (arguments.getPositionalArgs() != null && !arguments.getPositionalArgs().isEmpty()) {
            return false;
        }
        if (arguments.getNamedArgs() == null) {
            return true;
        }
        for (NamedArgumentNode argument : arguments.getNamedArgs()) {
            if (!argument.getName().equals("strategy") || !(argument.getValueExpression() instanceof LiteralStringExpression strategy)
                    || !strategy.getValue().equals("html")) {
                return false;
            }
        }
        return true;
    }
}
