package jianbao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} option that every command reading content shares. */
final class ContentFolder {

    @Option(names = {"-c", "--content"}, paramLabel = "<目录>", defaultValue = "content", description = "内容目录（默认 ${DEFAULT-VALUE}）")
    Path path;
}
