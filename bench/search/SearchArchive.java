import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a synthetic 《上街信息》 archive as jianbao content, for the search benchmark
 * (bench/search-vs-pagefind.sh). Deterministic for a seed: articles of 300–800 characters made of
 * the clauses of the sample issue, 10 articles and 0–3 briefs per weekly issue from January 2015,
 * 40 source departments with a skewed (Zipf) distribution, one or two per article.
 *
 * Usage: java bench/search/SearchArchive.java SAMPLE_CONTENT_DIR OUT_CONTENT_DIR ARTICLES [SEED]
 * It needs only the JDK; a general archive generator may replace it.
 */
public class SearchArchive {

    static final String[] EXTRA_DEPARTMENTS = {"区发展改革委", "区科技局", "区公安分局", "区民政局", "区司法局", "区人社局",
            "区生态环境分局", "区住建局", "区交通运输局", "区水利局", "区农业农村局", "区商务局", "区文化广电旅游局", "区卫健委",
            "区应急管理局", "区审计局", "区市场监管局", "区统计局", "区医保局", "区信访局", "区税务局", "区消防救援大队",
            "济源路街道", "新安路街道", "矿山街道", "区委宣传部", "区委组织部", "区总工会"};

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 45);

        String issue = Files.readString(sample.resolve("issues/2024/045.md"));
        List<String> clauses = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (String block : issue.split("\n\n")) {
            block = block.strip();
            if (block.startsWith("## ")) {
                headlines.add(block.substring(3));
            } else if (block.startsWith("一是")) {
                String body = block.replace("**", "").replaceAll("（[^（）]*）$", "");
                Matcher clause = Pattern.compile("[^，。；]+[，。；]").matcher(body);
                while (clause.find()) {
                    clauses.add(clause.group());
                }
            }
        }
        List<String> departments = new ArrayList<>(new LinkedHashSet<>(registryNames(sample)));
        StringBuilder registry = new StringBuilder(Files.readString(sample.resolve("departments.yaml")));
        for (int i = 0; departments.size() < 40; i++) {
            departments.add(EXTRA_DEPARTMENTS[i]);
            registry.append("- name: ").append(EXTRA_DEPARTMENTS[i]).append("\n  slug: bench-").append(i + 1)
                    .append("\n  kind: 区直部门\n");
        }
        double[] weights = new double[departments.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += 1 / Math.pow(i + 1, 1.1);
            weights[i] = total;
        }

        write(out.resolve("site.yaml"), Files.readString(sample.resolve("site.yaml")));
        write(out.resolve("departments.yaml"), registry.toString());
        LocalDate date = LocalDate.of(2015, 1, 5);
        int number = 0;
        int written = 0;
        while (written < articles) {
            number = date.minusDays(7).getYear() == date.getYear() ? number + 1 : 1;
            StringBuilder text = new StringBuilder("---\nnumber: " + number + "\ndate: " + date
                    + "\npublisher: 中共上街区委办公室\neditor: 柴亚文\n---\n\n");
            for (int a = 0; a < 10 && written < articles; a++, written++) {
                String headline = random.nextInt(5) == 0 ? headlines.get(random.nextInt(headlines.size()))
                        : pick(departments, weights, total, random).replaceFirst("^区", "我区") + strip(clauses.get(random.nextInt(clauses.size())));
                int target = 300 + random.nextInt(501);
                StringBuilder body = new StringBuilder("一是");
                while (body.length() < target) {
                    body.append(clauses.get(random.nextInt(clauses.size())));
                }
                body.setLength(body.length() - 1);
                body.append('。');
                String first = pick(departments, weights, total, random);
                String second = random.nextInt(10) < 3 ? pick(departments, weights, total, random) : first;
                text.append("## ").append(headline).append("\n\n").append(body).append("（").append(first)
                        .append(second.equals(first) ? "" : "、" + second).append("）\n\n");
            }
            int briefs = random.nextInt(4);
            for (int b = 0; b < briefs; b++) {
                text.append("△ **").append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日**，")
                        .append(strip(clauses.get(random.nextInt(clauses.size())))).append(strip(clauses.get(random.nextInt(clauses.size()))))
                        .append("。（").append(pick(departments, weights, total, random)).append("）\n\n");
            }
            write(out.resolve("issues/" + date.getYear() + "/" + String.format("%03d", number) + ".md"), text.toString());
            date = date.plusDays(7);
        }
        System.out.println("wrote " + written + " articles up to " + date.minusDays(7) + " into " + out);
    }

    static List<String> registryNames(Path sample) throws IOException {
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("(?m)^- name: (.+)$").matcher(Files.readString(sample.resolve("departments.yaml")));
        while (name.find()) {
            names.add(name.group(1).strip());
        }
        return names;
    }

    static String pick(List<String> departments, double[] weights, double total, Random random) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            if (r < weights[i]) {
                return departments.get(i);
            }
        }
        return departments.get(departments.size() - 1);
    }

    static String strip(String clause) {
        return clause.substring(0, clause.length() - 1).replaceFirst("^[一二三四五]是", "");
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
