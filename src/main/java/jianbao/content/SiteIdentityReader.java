package jianbao.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.SiteIdentity;
import jianbao.model.SiteIdentity.Contact;
import jianbao.model.SiteIdentity.PartyMark;
import jianbao.model.SiteIdentity.PoliceRecord;

/**
 * Reads the fields of site.yaml that mark the portal as a government website, checking the numbers
 * against the forms in which they are issued, so that a slip is caught before the site goes live.
 */
final class SiteIdentityReader {

    static final Set<String> FIELDS = Set.of("sponsor", "organizer", "contact", "site_code", "icp", "police_record",
            "party_mark", "keywords", "column_type");

    /**
     * 网站标识码: a local government's site has its 6-digit administrative division code and a 4-digit
     * number; a site of a State Council department has bm, its 2-digit code and a 6-digit number.
     */
    private static final Pattern SITE_CODE = Pattern.compile("\\d{10}|bm\\d{8}");
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证]\\d{4,12}号(-\\d{1,3})?");
    private static final Pattern POLICE_RECORD = Pattern.compile("\\p{IsHan}公网安备\\s*(\\d{14})号");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final FrontMatter yaml;
    private final Path file;
    private final Problems problems;

    private SiteIdentityReader(FrontMatter yaml, Path file, Problems problems) {
        this.yaml = yaml;
        this.file = file;
        this.problems = problems;
    }

    static SiteIdentity read(FrontMatter yaml, Path file, Problems problems) {
        return new SiteIdentityReader(yaml, file, problems).identity();
    }

    private SiteIdentity identity() {
        return new SiteIdentity(yaml.text("sponsor").orElse(""), yaml.text("organizer").orElse(""), contact(),
                matching("site_code", SITE_CODE, "网站标识码", "应是 10 位：地方政府网站为 10 位数字（如 4101060001），"
                        + "国务院部门网站为 bm 加 8 位数字（如 bm01000001），按开办时发给的照抄。").orElse(""),
                matching("icp", ICP, "ICP 备案号", "应照工业和信息化部备案系统中的写法，如 豫ICP备12345678号-1。").orElse(""),
                policeRecord(), partyMark(), yaml.words("keywords"), columnType());
    }

    private Contact contact() {
        Optional<FrontMatter> section = yaml.section("contact", "联系方式");
        if (section.isEmpty()) {
            return Contact.NONE;
        }
        FrontMatter contact = section.get();
        contact.warnUnknownFields(Set.of("address", "telephone", "email"));
        String email = contact.text("email").orElse("");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.error(file, contact.lineOf("email"), "电子邮箱“" + email + "”不像邮箱地址，应如 xinxi@example.gov.cn。");
            email = "";
        }
        return new Contact(contact.text("address").orElse(""), contact.text("telephone").orElse(""), email);
    }

    private PoliceRecord policeRecord() {
        Optional<String> text = matching("police_record", POLICE_RECORD, "公安机关备案号",
                "应照全国互联网安全管理服务平台中的写法，如 豫公网安备 41010602000123号（14 位数字）。");
        return text.map(record -> {
            Matcher m = POLICE_RECORD.matcher(record);
            m.matches();
            return new PoliceRecord(record, m.group(1));
        }).orElse(null);
    }

    private PartyMark partyMark() {
        Optional<FrontMatter> section = yaml.section("party_mark", "党政机关标识");
        if (section.isEmpty()) {
            return null;
        }
        FrontMatter mark = section.get();
        mark.warnUnknownFields(Set.of("image", "url"));
        Optional<String> image = mark.requiredText("image", "党政机关标识的图片（content 文件夹中的文件，如 images/dzjg.png）");
        Optional<String> url = mark.requiredText("url", "党政机关标识的链接（开办网站时登记给出的网址）");
        Path content = file.toAbsolutePath().normalize().getParent();
        Optional<Path> imageFile = image.flatMap(name -> {
            Path resolved = content.resolve(name).normalize();
            // Links followed, it must be a plain file inside content/: nothing from elsewhere is published.
            if (!resolved.startsWith(content) || name.startsWith("/")
                    || ContentLoader.folder(content).refusal(resolved).isPresent()) {
                problems.error(file, mark.lineOf("image"), "找不到党政机关标识的图片“" + name
                        + "”：应是 content 文件夹中的文件，写它在 content 中的路径，如 images/dzjg.png。");
                return Optional.empty();
            }
            return Optional.of(resolved);
        });
        Optional<String> link = url.filter(address -> {
            try {
                URI uri = new URI(address);
                if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
                    return true;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problems.error(file, mark.lineOf("url"), "党政机关标识的链接“" + address + "”应是完整的网址，如 https://bszs.conac.cn/sitename?method=show&id=…。");
            return false;
        });
        if (imageFile.isEmpty() || link.isEmpty()) {
            return null;
        }
        return new PartyMark(content.relativize(imageFile.get()).toString().replace('\\', '/'), imageFile.get(), link.get());
    }

    private String columnType() {
        Optional<String> type = yaml.text("column_type");
        if (type.isPresent() && !SiteIdentity.COLUMN_TYPES.contains(type.get())) {
            problems.error(file, yaml.lineOf("column_type"), "栏目类别“" + type.get() + "”不在《政府网站发展指引》的栏目类别中，可用："
                    + String.join("、", SiteIdentity.COLUMN_TYPES) + "。");
            return SiteIdentity.DEFAULT_COLUMN_TYPE;
        }
        return type.orElse(SiteIdentity.DEFAULT_COLUMN_TYPE);
    }

    /** The field's text when it has the form of {@code pattern}; otherwise empty, after an error naming the form. */
    private Optional<String> matching(String key, Pattern pattern, String meaning, String form) {
        Optional<String> text = yaml.text(key);
        if (text.isPresent() && !pattern.matcher(text.get()).matches()) {
            problems.error(file, yaml.lineOf(key), meaning + "“" + text.get() + "”" + form);
            return Optional.empty();
        }
        return text;
    }
}
