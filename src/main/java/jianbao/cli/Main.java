package jianbao.cli;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import jianbao.build.FailureMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jianbao command line: one subcommand per verb, its help and its messages in Chinese. */
@Command(name = "jianbao", mixinStandardHelpOptions = true, version = "jianbao 0.1.0",
        description = "把期刊内容编译成静态门户网站。", synopsisSubcommandLabel = "<命令>",
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        try {
            return new CommandLine(new Main())
                    .setResourceBundle(ResourceBundle.getBundle("jianbao.cli.Messages"))
                    .setParameterExceptionHandler(new UsageErrors())
                    .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                        commandLine.getErr().println("出错：" + FailureMessage.of(e));
                        return 1;
                    })
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // An error, not an exception, so it passes the handler above; by now the build has let go of its memory.
            System.err.println("出错：" + FailureMessage.of(e));
            return 1;
        }
    }

    /** {@code jianbao} alone: the list of commands, and a status that says nothing was done. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
}
