package jianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in a JVM of its own, as a person's shell would, with the classes under test. */
public final class ChildJvm {

    /** How the command ended and what it printed. */
    public record Result(int status, String out, String err) {
    }

    private ChildJvm() {
    }

    /** Starts {@code java jvmOptions jianbao.cli.Main args}, its output going to files the caller need not read. */
    public static Process start(List<String> jvmOptions, String... args) {
        try {
            return builder(jvmOptions, args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code java jvmOptions jianbao.cli.Main args} to its end (at most two minutes). */
    public static Result run(List<String> jvmOptions, String... args) {
        return run(List.of(), jvmOptions, args);
    }

    /** Like {@link #run(List, String...)}, the command line starting with {@code prefix} (such as a sandbox program). */
    public static Result run(List<String> prefix, List<String> jvmOptions, String... args) {
        try {
            ProcessBuilder builder = builder(jvmOptions, args);
            List<String> command = new ArrayList<>(prefix);
            command.addAll(builder.command());
            Process process = builder.command(command).start();
            process.getOutputStream().close();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the child JVM did not end");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code java jvmOptions jianbao.cli.Main}, quoted for a POSIX shell, to which a shell script adds the arguments. */
    public static String shellCommand(List<String> jvmOptions) {
        return String.join(" ", builder(jvmOptions).command().stream().map(word -> "'" + word.replace("'", "'\\''") + "'").toList());
    }

    private static ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("jianbao.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
