package jianbao.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The portal settings of content/site.yaml.
 *
 * @param itemsPerPage how many entries a department page lists
 * @param feedLimit    how many entries a feed carries, newest first; older ones are reached through the site
 * @param identity     what marks the portal as a government website
 */
public record SiteConfig(String title, String publisher, String description, URI baseUrl, String language,
                         ZoneId timeZone, String theme, int itemsPerPage, int feedLimit, SiteIdentity identity) {

    /** The number of entries a feed carries when site.yaml does not say. */
    public static final int DEFAULT_FEED_LIMIT = 20;

    /** What may name a theme: a folder under themes/, never a path, so never a folder elsewhere. */
    public static final Pattern THEME_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, publisher, description, newBaseUrl, language, timeZone, theme, itemsPerPage, feedLimit, identity);
    }
}
