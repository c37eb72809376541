package jianbao.model;

/** A free page such as 关于本刊, published at /name/. */
public record FreePage(String name, String title, String description, String html) {
}
