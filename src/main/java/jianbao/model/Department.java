package jianbao.model;

import java.util.List;

/**
 * A source department that reports articles.
 *
 * @param registered false when the department is named in content but missing from departments.yaml
 */
public record Department(String name, String slug, String kind, List<String> aliases, boolean registered) {

    public Department {
        aliases = List.copyOf(aliases);
    }
}
