package jianbao.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What marks the portal as a government website (国办发〔2017〕47号《政府网站发展指引》): who runs it and how
 * to reach them, its identification and filing numbers, the 党政机关 mark, and the values of the column
 * metadata its pages carry. A text not set in site.yaml is empty, a part not set is null.
 *
 * @param sponsor      主办单位; empty means the publisher
 * @param organizer    承办单位
 * @param siteCode     网站标识码, 10 characters as issued
 * @param icp          ICP 备案号, as 豫ICP备12345678号-1
 * @param keywords     the words of the ColumnKeywords metadata besides the column's name and the site's title
 * @param columnType   the ColumnType of every column but the home page, a value of {@link #COLUMN_TYPES}
 */
public record SiteIdentity(String sponsor, String organizer, Contact contact, String siteCode, String icp,
                           PoliceRecord policeRecord, PartyMark partyMark, List<String> keywords, String columnType) {

    /** The ColumnType of the home page. */
    public static final String HOME_COLUMN_TYPE = "首页";

    /** The ColumnType of the bulletin's columns when site.yaml does not say. */
    public static final String DEFAULT_COLUMN_TYPE = "工作动态";

    /** The column types of 《政府网站发展指引》 (栏目类别). */
    public static final List<String> COLUMN_TYPES = List.of("首页", "概况信息", "机构职能", "负责人信息", "工作动态",
            "政策文件", "信息公开指南", "信息公开目录", "信息公开年报", "依法申请公开", "数据发布", "数据开放", "政策解读",
            "回应关切", "办事服务", "咨询投诉", "征集调查", "在线访谈");

    /** A site that sets none of the fields. */
    public static final SiteIdentity NONE = new SiteIdentity("", "", Contact.NONE, "", "", null, null, List.of(),
            DEFAULT_COLUMN_TYPE);

    public SiteIdentity {
        keywords = List.copyOf(keywords);
    }

    /** The office's contact; parts not given are empty. */
    public record Contact(String address, String telephone, String email) {

        public static final Contact NONE = new Contact("", "", "");
    }

    /**
     * 公安机关备案号.
     *
     * @param text as printed, 豫公网安备 41010602000123号
     * @param code its 14 digits, which the filing site looks up
     */
    public record PoliceRecord(String text, String code) {
    }

    /**
     * The 党政机关 mark: an image the office keeps in its content, linking to the site's registration.
     *
     * @param image the image's path in the site, the same as under content/
     * @param file  the image file under content/
     * @param url   the registration page, as given by the registration
     */
    public record PartyMark(String image, Path file, String url) {
    }
}
