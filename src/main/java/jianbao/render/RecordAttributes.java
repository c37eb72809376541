package jianbao.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a component of a record in a template, such as {@code {{ article.headline }}}, through its
 * accessor, found once per record class. Pebble's own resolver comes to the same accessor (a public
 * method named as the attribute is the first thing it looks for), but it builds a cache key, checks
 * the argument types and copies the method's parameter types on every access: a sixth of the time
 * spent rendering pages, which read the model's records hundreds of times each. Anything else
 * (maps, lists, methods with arguments, other names, a component that a getter of the same name
 * hides from Pebble) is left to Pebble.
 */
final class RecordAttributes extends AbstractExtension {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                    || Map.Entry.class.isAssignableFrom(type)) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                if (pebbleFindsAnother(type, component.getName(), accessor)) {
                    continue;
                }
                // Records nested in a class of this package are not public, as Pebble too allows for.
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return accessors;
        }
    };

    /**
     * Whether Pebble would call another method than the accessor for the attribute {@code name}: it
     * tries getName(), isName() and hasName() before name(), and compares names ignoring case.
     */
    private static boolean pebbleFindsAnother(Class<?> type, String name, Method accessor) {
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !method.equals(accessor)
                    && Stream.of("get", "is", "has", "").anyMatch(prefix -> method.getName().equalsIgnoreCase(prefix + name))) {
                return true;
            }
        }
        return false;
    }

    private static final AttributeResolver RESOLVER = new AttributeResolver() {
        @Override
        public ResolvedAttribute resolve(Object instance, Object attribute, Object[] arguments, ArgumentsNode args,
                                         EvaluationContextImpl context, String template, int line) {
            if (instance == null || arguments != null || !(attribute instanceof String name)) {
                return null;
            }
            Method accessor = ACCESSORS.get(instance.getClass()).get(name);
            if (accessor == null) {
                return null;
            }
            try {
                return new ResolvedAttribute(accessor.invoke(instance));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new PebbleException(e, "Could not call " + accessor.getName(), line, template);
            }
        }
    };

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(RESOLVER);
    }
}
