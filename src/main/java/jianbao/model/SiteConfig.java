package jianbao.model;

import java.net.URI;
import java.time.ZoneId;

/** The portal settings of content/site.yaml. */
public record SiteConfig(String title, String publisher, String description, URI baseUrl, String language,
                         ZoneId timeZone, String theme, int itemsPerPage) {

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, publisher, description, newBaseUrl, language, timeZone, theme, itemsPerPage);
    }
}
