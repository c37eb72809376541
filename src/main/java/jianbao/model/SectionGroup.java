package jianbao.model;

import java.util.List;

/**
 * Articles printed under one section heading (栏目, such as 【工作动态】), in printed order.
 *
 * @param name the section's name without the brackets; empty for articles printed before the first heading
 */
public record SectionGroup(String name, List<Article> articles) {

    public SectionGroup {
        articles = List.copyOf(articles);
    }
}
