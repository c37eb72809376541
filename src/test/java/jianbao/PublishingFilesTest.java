package jianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The CI files for GitHub Pages and GitLab Pages are valid YAML that check, build and publish on pushes to main. */
class PublishingFilesTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(Path.of(file)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitHubPagesWorkflow() throws IOException {
        Map<String, Object> workflow = yaml(".github/workflows/pages.yml");
        Map<String, Object> on = (Map<String, Object>) workflow.get(Boolean.TRUE);   // YAML 1.1 reads the key "on" as true
        assertEquals(List.of("main"), ((Map<String, Object>) on.get("push")).get("branches"));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        String commands = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList());
        assertTrue(commands.contains("mvn -B -q package -DskipTests"), commands);
        assertTrue(commands.contains("java -jar target/jianbao.jar check"), commands);
        assertTrue(commands.contains("java -jar target/jianbao.jar build"), commands);
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact")
                && ((Map<String, Object>) s.get("with")).get("path").equals("site")));
        assertEquals("build", ((Map<String, Object>) jobs.get("deploy")).get("needs"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitLabPagesJob() throws IOException {
        Map<String, Object> pages = (Map<String, Object>) yaml(".gitlab-ci.yml").get("pages");
        List<String> script = (List<String>) pages.get("script");
        assertTrue(script.get(0).startsWith("mvn -B -q package -DskipTests"), script.toString());
        assertTrue(script.stream().anyMatch(line -> line.startsWith("java -jar target/jianbao.jar check")), script.toString());
        assertTrue(script.stream().anyMatch(line -> line.startsWith("java -jar target/jianbao.jar build")), script.toString());
        assertEquals(List.of("public"), ((Map<String, Object>) pages.get("artifacts")).get("paths"));
        assertEquals("$CI_COMMIT_BRANCH == \"main\"", ((List<Map<String, Object>>) pages.get("rules")).get(0).get("if"));
    }
}
