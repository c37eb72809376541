package jianbao.feeds;

/** A format a feed is written in, with the media type that autodiscovery links announce. */
public enum FeedFormat {
    RSS("application/rss+xml"),
    ATOM("application/atom+xml"),
    JSON_FEED("application/feed+json");

    private final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
