package jianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Tells a mistake on the command line in Chinese, instead of picocli's English ("Unmatched argument
 * at index 0"), with what was meant when it can tell, and where to find the usage.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("出错：" + message(e));
        err.println("用“" + command.getCommandSpec().qualifiedName() + " --help”查看用法。");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing.getMissing());
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能给一次。";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            return name(arg) + " 的值“" + e.getValue() + "”不对" + expected(arg) + "。";
        }
        return "命令行有误（" + e.getMessage() + "）。";
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        String word = words.isEmpty() ? "" : words.get(0);
        List<String> suggestions = e.getSuggestions();
        String meant = suggestions.isEmpty() ? "" : "是不是“" + String.join("”或“", suggestions) + "”？";
        if (e.isUnknownOption()) {
            return "没有“" + word + "”这个选项。" + meant;
        }
        boolean topLevel = e.getCommandLine().getCommandSpec().parent() == null;
        if (topLevel && !e.getCommandLine().getSubcommands().isEmpty()) {
            return "没有“" + word + "”这个命令。" + (meant.isEmpty() ? "可用的命令："
                    + String.join("、", e.getCommandLine().getSubcommands().keySet()) + "。" : meant);
        }
        return "多余的参数“" + String.join(" ", words) + "”。" + meant;
    }

    private static String missing(List<ArgSpec> missing) {
        List<ArgSpec> options = missing.stream().filter(ArgSpec::isOption).toList();
        if (!options.isEmpty()) {
            return "选项 " + options.stream().map(UsageErrors::name).collect(Collectors.joining("、")) + " 后面缺少值。";
        }
        return "缺少参数 " + missing.stream().map(UsageErrors::name).collect(Collectors.joining("、")) + "。";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String expected(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "：应是整数";
        }
        return "";
    }
}
