package jianbao.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a {@link Feed} as RSS 2.0 or Atom 1.0 with Rome, then adds what Rome leaves out and
 * readers and validators expect: the dates, in the site's time zone ({@link FeedDates}; Rome would
 * write them in GMT, and formats each through a new {@code SimpleDateFormat}, so they are added to
 * its document instead, where it would put them), an {@code atom:link rel="self"} in RSS, and
 * {@code xml:lang} on the Atom feed. The bytes are UTF-8 whatever the platform, with characters
 * written as themselves (𠮷, not {@code &#x20bb7;}), and the same feed always gives the same bytes.
 */
public final class RssAtomWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_DEFAULT = Namespace.getNamespace(ATOM.getURI());

    public byte[] rss(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homePage());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language().toLowerCase(Locale.ROOT));
        channel.setItems(feed.entries().stream().map(RssAtomWriter::item).toList());

        Document document = generate(channel);
        Element rss = document.getRootElement();
        rss.addNamespaceDeclaration(ATOM);
        Element eChannel = rss.getChild("channel");
        eChannel.addContent(eChannel.indexOf(eChannel.getChild("language")) + 1,
                new Element("lastBuildDate").setText(FeedDates.rfc822(feed.updated())));
        Element self = new Element("link", ATOM).setAttribute("href", feed.url(FeedFormat.RSS))
                .setAttribute("rel", "self").setAttribute("type", FeedFormat.RSS.mediaType());
        eChannel.addContent(eChannel.indexOf(eChannel.getChild("link")) + 1, self);
        List<Element> items = eChannel.getChildren("item");
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            item.addContent(item.indexOf(item.getChild("guid")),
                    new Element("pubDate").setText(FeedDates.rfc822(feed.entries().get(i).published())));
        }
        return bytes(document);
    }

    public byte[] atom(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.id());
        atom.setTitle(feed.title());
        atom.setSubtitle(text(feed.description()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homePage())));
        atom.setOtherLinks(feed.archive().equals(feed.homePage())
                ? List.of(link("self", FeedFormat.ATOM.mediaType(), feed.url(FeedFormat.ATOM)))
                : List.of(link("self", FeedFormat.ATOM.mediaType(), feed.url(FeedFormat.ATOM)),
                        link("related", "text/html", feed.archive())));
        Person author = new Person();
        author.setName(feed.author());
        atom.setAuthors(List.of(author));
        atom.setEntries(feed.entries().stream().map(RssAtomWriter::entry).toList());

        Document document = generate(atom);
        Element root = document.getRootElement();
        root.setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
        root.addContent(root.indexOf(root.getChild("id", ATOM_DEFAULT)) + 1,
                new Element("updated", ATOM_DEFAULT).setText(FeedDates.rfc3339(feed.updated())));
        List<Element> entries = root.getChildren("entry", ATOM_DEFAULT);
        for (int i = 0; i < entries.size(); i++) {
            String published = FeedDates.rfc3339(feed.entries().get(i).published());
            Element entry = entries.get(i);
            entry.addContent(entry.indexOf(entry.getChild("id", ATOM_DEFAULT)) + 1, List.of(
                    new Element("updated", ATOM_DEFAULT).setText(published),
                    new Element("published", ATOM_DEFAULT).setText(published)));
        }
        return bytes(document);
    }

    private static Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        Description description = new Description();
        description.setType("text/html");
        description.setValue(entry.html());
        item.setDescription(description);
        item.setCategories(entry.categories().stream().map(name -> {
            Category category = new Category();
            category.setValue(name);
            return category;
        }).toList());
        return item;
    }

    private static com.rometools.rome.feed.atom.Entry entry(FeedEntry entry) {
        com.rometools.rome.feed.atom.Entry atom = new com.rometools.rome.feed.atom.Entry();
        atom.setId(entry.id());
        atom.setTitle(entry.title());
        atom.setAlternateLinks(List.of(link("alternate", "text/html", entry.url())));
        Content content = new Content();
        content.setType("html");
        content.setValue(entry.html());
        atom.setContents(List.of(content));
        atom.setCategories(entry.categories().stream().map(name -> {
            com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
            category.setTerm(name);
            return category;
        }).toList());
        return atom;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    private static Document generate(WireFeed feed) {
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the " + feed.getFeedType() + " feed", e);
        }
    }

    private static byte[] bytes(Document document) {
        Format format = Format.getPrettyFormat()
                .setEncoding(StandardCharsets.UTF_8.name())
                .setLineSeparator(LineSeparator.UNIX)
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE)
                .setEscapeStrategy(character -> false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new XMLOutputter(format).output(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
