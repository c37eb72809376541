package jianbao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "build", description = "content/ → site/")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
