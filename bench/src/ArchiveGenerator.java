import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic 《上街信息》 archive as a jianbao content folder: site.yaml, departments.yaml
 * (40 departments of four kinds, some with aliases) and issues/YYYY/NNN.md, 50 issues a year,
 * about 10 articles and 0–3 briefs an issue, the newest year being 2024.
 *
 * <p>Articles of 300–800 characters are built from the clauses of issue 45 (一是…二是…三是… and a
 * closing sentence with figures, some in bold). Each names 1–3 source departments, drawn with a
 * Zipf-like skew so that a few departments report most; now and then a department is written by
 * one of its aliases. One issue in 25 is a folder NNN/index.md with a small PNG beside it.
 *
 * <p>The same arguments always give byte-identical files.
 *
 * <pre>java bench/src/ArchiveGenerator.java OUT_DIR ARTICLES SEED</pre>
 */
public final class ArchiveGenerator {

    static final int ISSUES_PER_YEAR = 50;
    static final int LAST_YEAR = 2024;
    static final int IMAGE_EVERY = 25;
    static final double ALIAS_SHARE = 0.06;

    /** A registered department; its rank in {@link #DEPARTMENTS} sets how often it reports. */
    record Dept(String name, String slug, String kind, List<String> aliases) {
        String written(Random random) {
            return !aliases.isEmpty() && random.nextDouble() < ALIAS_SHARE
                    ? aliases.get(random.nextInt(aliases.size())) : name;
        }
    }

    static final String TOWN = "镇/街道";
    static final String BUREAU = "区直部门";
    static final String ZONE = "开发区";
    static final String COMMITTEE = "区委部门";
    static final String GROUP = "群团组织";
    static final List<String> KINDS = List.of(TOWN, ZONE, COMMITTEE, BUREAU, GROUP);

    /** Most frequent first. */
    static final List<Dept> DEPARTMENTS = List.of(
            d("峡窝镇", "xiawo-zhen", TOWN),
            d("区自然资源局", "ziran-ziyuan-ju", BUREAU),
            d("中心路街道", "zhongxinlu-jiedao", TOWN, "中心路街道办事处"),
            d("区城管局", "chengguan-ju", BUREAU, "区域管局", "区城市管理局"),
            d("工业路街道", "gongyelu-jiedao", TOWN, "工业路街道办事处"),
            d("区工信商务局", "gongxin-shangwu-ju", BUREAU, "区工业和信息化商务局"),
            d("先进制造业开发区", "xianjin-zhizaoye-kaifaqu", ZONE, "区先进制造业开发区"),
            d("区财政局", "caizheng-ju", BUREAU),
            d("区教育局", "jiaoyu-ju", BUREAU),
            d("济源路街道", "jiyuanlu-jiedao", TOWN, "济源路街道办事处"),
            d("区委编办", "quwei-bianban", COMMITTEE, "区委机构编制委员会办公室"),
            d("矿山街道", "kuangshan-jiedao", TOWN, "矿山街道办事处"),
            d("区退役军人事务局", "tuiyi-junren-shiwu-ju", BUREAU),
            d("新安路街道", "xinanlu-jiedao", TOWN, "新安路街道办事处"),
            d("区委社工部", "quwei-shegongbu", COMMITTEE, "区委社会工作部"),
            d("区发展改革委", "fazhan-gaige-wei", BUREAU, "区发改委"),
            d("区农业农村局", "nongye-nongcun-ju", BUREAU),
            d("区住房城乡建设局", "zhufang-chengxiang-jianshe-ju", BUREAU, "区住建局"),
            d("区委组织部", "quwei-zuzhibu", COMMITTEE),
            d("区委宣传部", "quwei-xuanchuanbu", COMMITTEE),
            d("区文化广电和旅游局", "wenhua-guangdian-lvyou-ju", BUREAU, "区文广旅局"),
            d("区卫生健康委", "weisheng-jiankang-wei", BUREAU, "区卫健委"),
            d("区人力资源社会保障局", "renli-ziyuan-shehui-baozhang-ju", BUREAU, "区人社局"),
            d("区民政局", "minzheng-ju", BUREAU),
            d("区应急管理局", "yingji-guanli-ju", BUREAU, "区应急局"),
            d("区市场监管局", "shichang-jianguan-ju", BUREAU, "区市场监督管理局"),
            d("区生态环境分局", "shengtai-huanjing-fenju", BUREAU),
            d("区纪委监委", "qu-jiwei-jianwei", COMMITTEE),
            d("区委政法委", "quwei-zhengfawei", COMMITTEE),
            d("区交通运输局", "jiaotong-yunshu-ju", BUREAU),
            d("区水利局", "shuili-ju", BUREAU),
            d("区科技局", "keji-ju", BUREAU, "区科学技术局"),
            d("区司法局", "sifa-ju", BUREAU),
            d("区医疗保障局", "yiliao-baozhang-ju", BUREAU, "区医保局"),
            d("区委统战部", "quwei-tongzhanbu", COMMITTEE),
            d("区审计局", "shenji-ju", BUREAU),
            d("区信访局", "xinfang-ju", BUREAU),
            d("区总工会", "qu-zonggonghui", GROUP),
            d("团区委", "tuan-quwei", GROUP),
            d("区妇联", "qu-fulian", GROUP));

    static Dept d(String name, String slug, String kind, String... aliases) {
        return new Dept(name, slug, kind, List.of(aliases));
    }

    /** Measures, as printed after 一是/二是/三是 in issue 45, one clause each. */
    static final String[] CLAUSES = {
            "定期召开项目分析研判会", "盘点分析省、市、区重点项目", "对进展缓慢的项目加强服务跟进", "加大协调推进力度",
            "加快破解项目建设难题", "强化服务意识", "实行“一对一”精准对接", "着力协助企业清除项目推进障碍",
            "加强项目招引储备", "围绕智能家电、高端装备制造、先进材料三大集群", "强化产业链上下游项目招引",
            "通过产业链招商、以商招商、委托招商等方式", "招大引强、招新引精", "着力调整农业产业结构", "以生态资源为依托",
            "引导新型农业经营主体发展“林果种植+采摘经济”", "让“采摘游”为乡村全面振兴注入新活力", "助推农户稳定增收",
            "结合五云山休闲康养度假区、方顶驿文化旅游度假区定位功能", "指导第三方公司强化闲置绿地运营",
            "打造集种植、休闲观光、果蔬采摘为一体的生态果园项目", "创造收益的同时", "吸纳村民就地就近就业",
            "园区设置共享菜地、果树认领、亲子农事教育等配套活动", "推动农旅深度融合",
            "把特色林果产业打造成辐射带动全区经济社会发展的新的增长极", "打造经济增长“新引擎”", "结合党建引领网格化工作",
            "持续开展占道经营专项治理行动", "科学合理疏导", "柔性与刚性执法并施", "化解易反弹占道难题", "着力焕新市容市貌",
            "尝试“引摊入市”", "在商圈专属网格划定流动商贩摆摊区域", "摊位采取抽签方式完成分配", "集中到指定位置",
            "明确经营时间、范围、主体责任等", "统一规范经营", "降低管理工作量", "依托社会治理网格化平台实时监测分析情况",
            "针对占道经营高频多发部位", "充分发挥网格员工作时间灵活的优势", "加强“8 小时以外”巡查监管",
            "坚持劝导为主、“首违不罚”", "引导经营者有序摆放、文明经营", "着力实现还路于民", "以部分镇（街道）为试点",
            "邀请第三方公司深度参与无人机、新材料等产业改造升级工作", "加快零星旧改", "全面铺开大规模设备更新",
            "因地制宜打造产业改造升级示范样板", "与城市更新领域公司建立联系机制", "保持高效沟通", "发挥政企各自优势",
            "在助力无人机产业快速发展、系统改造传统产业厂区等方面深入探讨", "稳步推进产业改造升级进程", "注重项目支撑",
            "重点跟进第三方公司推荐引入的光伏板回收处理、锂电池回收处理等设备更新配套企业",
            "依靠新业态赋能传统产业积极参与更新", "建设产业创新融合发展新高地",
            "对党政机构改革后各部门编制、隶属关系、领导职数、内设机构等情况进行梳理汇总",
            "对“实名制信息系统”中各单位台账、机构规格、人员编制和职数核定等信息进行核查对比",
            "做到机构底数清、历史沿革清、编制类型清、领导职数清", "合理配置机构编制资源",
            "优先保障教育、卫生、科技和人才等重点领域用编", "将有限的编制更多地用于发展、保障和改善民生",
            "深化与区纪委监委等部门协作配合机制", "形成部门监管合力",
            "确保机构改革相关单位的机构设置、人员编制调整严格按照管理权限和规定程序报批", "严格按照上级专项金额指标",
            "实行专款专用", "按照规定的时间节点", "及时将资助资金拨付到位", "与区教育局做好衔接配合",
            "在资助申请、认定、公示、发放等环节严格审核审批", "做到对符合条件的进行资助", "确保惠及有需求的学生",
            "开展资金使用全过程监督", "做好发放名单审核及金额审核", "不定期检查资助经费使用管理情况", "严格落实“三公示”制度",
            "切实做到客观公正、规范透明", "多次召开专项工作推进会", "研究细化“拥军企业（门店）”评选管理办法",
            "依托各镇（街道）退役军人服务站", "推动招募工作全面铺开", "采取电话联系、上门拜访、张贴倡议书等方式",
            "倡导企业、门店积极加入拥军队伍", "带动企业、门店增加流量的同时", "让军人及军属获得实惠",
            "动态调整“拥军企业（门店）”优待内容", "及时更新优待清单", "并对优待落实情况加强监督", "确保各项优惠落到实处",
    };

    /** Short headings some measures open with, as in 一是足额保障。 */
    static final String[] HEADS = {
            "足额保障", "精准资助", "强化监督", "台账管理精细化", "编制配备科学化", "监督管理严格化", "强化组织领导",
            "注重宣传引导", "压实工作责任", "完善长效机制",
    };

    /** Openings of the closing sentence with figures. */
    static final String[] RESULT_LEADS = {"截至目前", "上半年", "今年以来", "{y}年春季学期", "{m}月以来", "下半年"};

    /** Figures of the closing sentence: {n} an integer, {d} an amount with decimals. */
    static final String[] FIGURES = {
            "协调解决各类问题{n}余件", "福来喜等{s}个项目投产见效", "沃德超硬材料等{s}个项目主体完工", "锐志机械等{s}个项目落地",
            "打造果园{s}处", "盘活土地{n}余亩", "累计带动就业{n}余人次", "设置集中摆摊区域{s}处{n}余个",
            "省市重点项目及“三个一批”项目完成投资{d}亿元", "拨付各学段资助资金{d}万元", "惠及困难学生{n}人次",
            "减免{n}名困难儿童保教费共计{d}万元", "累计招募{n}家企业、门店", "首批审核通过{s}家", "开展专项检查{n}次",
            "排查整改问题隐患{n}处", "服务群众{n}余人次", "签约项目{s}个，总投资{d}亿元",
    };

    static final String[] ADVERBS = {"扎实", "积极", "加速", "持续", "全力", "着力", "多措并举", "稳步", ""};
    static final String[] ACTIONS = {"推进", "做好", "开展", "深化", "推动", "抓好", "强化", "落实"};
    static final String[] TOPICS = {
            "重点项目建设", "困难学生补助资金发放工作", "“拥军企业（门店）”招募工作", "机构编制“三个管理”",
            "“网格+”占道经营治理工作", "政企合作", "产业转型升级", "“采摘经济”", "乡村振兴", "产业链招商", "大规模设备更新",
            "市容市貌整治", "网格化社会治理", "农旅深度融合", "民生保障工作", "资助资金监督管理", "退役军人服务保障",
            "产业改造升级", "项目招引储备", "闲置绿地运营", "“引摊入市”工作", "“三公示”制度落实",
    };
    static final String[] HEADLINE_TAILS = {
            "激发乡村振兴新活力", "推动产业转型升级", "助推农户稳定增收", "打造经济增长“新引擎”", "着力焕新市容市貌",
    };

    static final String[] BRIEFS = {
            "{dept}**{n}**名工作人员代表我区参加郑州市第一届社区工作者（网格员）职业能力竞赛，荣获总决赛一等奖",
            "上街区人民政府与郑州经贸学院签订《郑州经贸学院上街校区项目协议书》，标志着上街区将迎来第一所本科院校",
            "{dept}召开{topic}推进会，部署下一阶段重点工作",
            "{dept}组织开展{topic}专题培训，参训人员**{n}**人次",
            "我区召开{topic}工作会议，**{s}**个单位主要负责同志参加",
            "{dept}与郑州经贸学院签订合作协议，共建实践教学基地**{s}**个",
    };

    static final String[] EDITORS = {"柴亚文", "李晓红", "王建军", "张慧敏"};

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAATUlEQVR42mM4IaA3qBDDqINGHTTqoBHnoK8fnqGhO5f2oSF6qhl10NBz0MBaj6lm1EGjDhp+Dhoth0YdNOqg0bps1EGjDhqty4Z5OQQAUUBFhKUPqRsAAAAASUVORK5CYII=");

    private final Random random;
    private final double[] cumulativeWeight = new double[DEPARTMENTS.size()];

    ArchiveGenerator(long seed) {
        this.random = new Random(seed);
        double sum = 0;
        for (int rank = 0; rank < DEPARTMENTS.size(); rank++) {
            sum += 1.0 / (rank + 1);
            cumulativeWeight[rank] = sum;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/src/ArchiveGenerator.java OUT_DIR ARTICLES SEED");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        if (articles < 1) {
            System.err.println("ARTICLES must be at least 1");
            System.exit(2);
        }
        int[] written = new ArchiveGenerator(seed).write(out, articles);
        System.out.printf("%s: %d issues, %d articles, %d briefs, %d images%n", out, written[0], written[1], written[2], written[3]);
    }

    /** Writes the content folder; returns issues, articles, briefs and images written. */
    int[] write(Path out, int totalArticles) throws IOException {
        Files.createDirectories(out);
        write(out.resolve("site.yaml"), siteYaml());
        write(out.resolve("departments.yaml"), departmentsYaml());
        write(out.resolve("pages/about.md"), ABOUT);

        List<Integer> perIssue = new ArrayList<>();
        for (int left = totalArticles; left > 0; ) {
            int n = Math.min(left, 8 + random.nextInt(5));
            perIssue.add(n);
            left -= n;
        }
        int years = (perIssue.size() + ISSUES_PER_YEAR - 1) / ISSUES_PER_YEAR;
        int firstYear = LAST_YEAR - years + 1;
        int briefs = 0;
        int images = 0;
        for (int i = 0; i < perIssue.size(); i++) {
            int year = firstYear + i / ISSUES_PER_YEAR;
            int number = i % ISSUES_PER_YEAR + 1;
            boolean withImage = i % IMAGE_EVERY == IMAGE_EVERY / 2;
            IssueText issue = issue(year, number, perIssue.get(i), withImage);
            briefs += issue.briefs;
            String name = String.format("%03d", number);
            Path dir = out.resolve("issues").resolve(String.valueOf(year));
            if (withImage) {
                write(dir.resolve(name).resolve("index.md"), issue.text);
                Files.write(dir.resolve(name).resolve("x.png"), PNG);
                images++;
            } else {
                write(dir.resolve(name + ".md"), issue.text);
            }
        }
        return new int[] {perIssue.size(), totalArticles, briefs, images};
    }

    record IssueText(String text, int briefs) {
    }

    IssueText issue(int year, int number, int articles, boolean withImage) {
        LocalDate date = LocalDate.of(year, 1, 5).plusDays(7L * (number - 1));
        StringBuilder out = new StringBuilder();
        out.append("---\n")
                .append("number: ").append(number).append('\n')
                .append("date: ").append(date).append('\n')
                .append("publisher: 中共上街区委办公室\n")
                .append("recipients: 区县处级领导\n")
                .append("distribution: 峡窝镇、各街道办事处、区直各单位负责同志\n")
                .append("editor: ").append(pick(EDITORS)).append('\n')
                .append("---\n");
        for (int a = 0; a < articles; a++) {
            List<Dept> sources = sources(1 + weighted(0.6, 0.3));
            String headline = headline(sources);
            out.append("\n## ").append(headline).append("\n\n");
            if (withImage && a == 0) {
                out.append("![").append(headline).append("现场图片](x.png)\n\n");
            }
            out.append(body(year)).append('（').append(written(sources)).append("）\n");
        }
        int briefs = random.nextInt(4);
        for (int b = 0; b < briefs; b++) {
            LocalDate day = date.minusDays(random.nextInt(3));
            List<Dept> sources = sources(random.nextDouble() < 0.85 ? 1 : 2);
            String text = pick(BRIEFS).replace("{dept}", sources.get(0).name()).replace("{topic}", plainTopic())
                    .replace("{n}", String.valueOf(1 + random.nextInt(200))).replace("{s}", String.valueOf(1 + random.nextInt(12)));
            out.append("\n△ **").append(day.getMonthValue()).append("月").append(day.getDayOfMonth()).append("日**，")
                    .append(text).append("。（").append(written(sources)).append("）\n");
        }
        return new IssueText(out.toString(), briefs);
    }

    String headline(List<Dept> sources) {
        String subject = random.nextDouble() < 0.35 ? "我区" : sources.get(0).name();
        String headline = subject + pick(ADVERBS) + pick(ACTIONS) + pick(TOPICS);
        return random.nextDouble() < 0.2 ? headline + pick(HEADLINE_TAILS) : headline;
    }

    /** A body of 300–800 characters (as read, without Markdown marks), without its source. */
    String body(int year) {
        while (true) {
            int target = 320 + random.nextInt(461);
            String result = result(year);
            int parts = target > 650 && random.nextDouble() < 0.5 ? 4 : 3;
            int share = (target - visibleLength(result)) / parts - 2;
            List<String> clauses = new ArrayList<>(List.of(CLAUSES));
            java.util.Collections.shuffle(clauses, random);
            java.util.Iterator<String> unused = clauses.iterator();
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < parts; p++) {
                body.append("一二三四".charAt(p)).append('是');
                int start = body.length();
                if (random.nextDouble() < 0.25) {
                    body.append(pick(HEADS)).append('。');
                }
                do {
                    if (body.length() > start && body.charAt(body.length() - 1) != '。') {
                        body.append('，');
                    }
                    body.append(unused.next());
                } while (body.length() - start < share && unused.hasNext());
                body.append('。');
            }
            body.append(result);
            int length = visibleLength(body.toString());
            if (length >= 300 && length <= 800) {
                return body.toString();
            }
        }
    }

    /** The closing sentence: a time, then one to three figures. */
    String result(int year) {
        StringBuilder sentence = new StringBuilder(pick(RESULT_LEADS)
                .replace("{y}", String.valueOf(year)).replace("{m}", String.valueOf(2 + random.nextInt(9))));
        int figures = 1 + weighted(0.4, 0.4);
        for (int f = 0; f < figures; f++) {
            String figure = pick(FIGURES);
            figure = replaceAll(figure, "{n}", () -> String.valueOf(10 + random.nextInt(990)));
            figure = replaceAll(figure, "{s}", () -> String.valueOf(2 + random.nextInt(9)));
            figure = replaceAll(figure, "{d}", () -> String.format("%d.%02d", 1 + random.nextInt(60), random.nextInt(100)));
            sentence.append('，').append(figure);
        }
        return sentence.append('。').toString();
    }

    /** Numbers in a figure printed bold (**745**), spaced (40 余件) or plain, as issue 45 does. */
    private String replaceAll(String text, String placeholder, java.util.function.Supplier<String> value) {
        int at;
        while ((at = text.indexOf(placeholder)) >= 0) {
            double style = random.nextDouble();
            String v = value.get();
            String shown = style < 0.4 ? "**" + v + "**" : style < 0.7 ? " " + v + " " : v;
            text = text.substring(0, at) + shown + text.substring(at + placeholder.length());
        }
        return text;
    }

    String plainTopic() {
        return pick(TOPICS).replace("“", "").replace("”", "").replace("工作", "");
    }

    /** {@code count} distinct departments, Zipf-weighted. */
    List<Dept> sources(int count) {
        List<Dept> picked = new ArrayList<>();
        while (picked.size() < count) {
            Dept dept = DEPARTMENTS.get(zipf());
            if (!picked.contains(dept)) {
                picked.add(dept);
            }
        }
        return picked;
    }

    String written(List<Dept> sources) {
        StringBuilder out = new StringBuilder();
        for (Dept dept : sources) {
            if (out.length() > 0) {
                out.append('、');
            }
            out.append(dept.written(random));
        }
        return out.toString();
    }

    int zipf() {
        double x = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        for (int rank = 0; rank < cumulativeWeight.length; rank++) {
            if (x < cumulativeWeight[rank]) {
                return rank;
            }
        }
        return cumulativeWeight.length - 1;
    }

    /** 0 with probability p0, 1 with p1, otherwise 2. */
    int weighted(double p0, double p1) {
        double x = random.nextDouble();
        return x < p0 ? 0 : x < p0 + p1 ? 1 : 2;
    }

    String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    static int visibleLength(String markdown) {
        return markdown.replace("**", "").replace(" ", "").length();
    }

    static String siteYaml() {
        return """
                # Synthetic archive for benchmarks, written by bench/src/ArchiveGenerator.java.
                title: 上街信息
                publisher: 中共上街区委办公室
                description: 中共上街区委办公室主办的《上街信息》，刊登全区各镇街、各部门的工作动态。
                base_url: https://www.shangjie.gov.cn/xinxi/
                language: zh-CN
                time_zone: Asia/Shanghai
                theme: default
                items_per_page: 20
                """;
    }

    static String departmentsYaml() {
        StringBuilder out = new StringBuilder("# Source departments of the synthetic archive, by kind.\n");
        for (String kind : KINDS) {
            for (Dept dept : DEPARTMENTS) {
                if (dept.kind().equals(kind)) {
                    out.append("- name: ").append(dept.name()).append('\n')
                            .append("  slug: ").append(dept.slug()).append('\n')
                            .append("  kind: ").append(dept.kind()).append('\n');
                    if (!dept.aliases().isEmpty()) {
                        out.append("  aliases: [").append(String.join(", ", dept.aliases())).append("]\n");
                    }
                }
            }
        }
        return out.toString();
    }

    static final String ABOUT = """
            ---
            title: 关于本刊
            description: 《上街信息》的主办单位、出刊周期与投稿方式。
            ---

            《上街信息》由中共上街区委办公室主办，及时反映全区各镇（街道）、区直各部门贯彻落实区委决策部署的新举措、新进展、新成效。

            本刊按期编号，每年从第 1 期起重新编号。每条信息末尾括号内为供稿单位。
            """;

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
