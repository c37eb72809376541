import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a jianbao build spends its time and memory, from one or more Flight Recorder files:
 * execution samples by top frame, by library, by build stage and by the jianbao method
 * responsible; allocation samples by class and site; garbage collection, compilation and CPU load.
 *
 * <pre>java bench/src/JfrSummary.java [--top N] FILE.jfr…</pre>
 */
public final class JfrSummary {

    /**
     * Build stages, recognised by a method (or, ending in a dot, a package) anywhere on the stack;
     * the first that matches wins. Work that a stage hands to ForkJoin workers has the stage's
     * own lambda on the worker's stack, so the names are those of the work, not of the callers.
     */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("jianbao.output.StagedSite.write", "write pages (StagedSite.write)");
        STAGES.put("jianbao.output.StagedSite.copy", "copy assets and attachments (StagedSite.copy)");
        STAGES.put("jianbao.output.StagedSite.commit", "put site in place (StagedSite.commit)");
        STAGES.put("jianbao.output.StagedSite.close", "discard staging (StagedSite.close)");
        STAGES.put("jianbao.output.StagedSite.begin", "create staging (StagedSite.begin)");
        STAGES.put("jianbao.render.PageRenderer.render", "render pages (PageRenderer.render)");
        STAGES.put("jianbao.render.PageRenderer.<init>", "set up Pebble (PageRenderer.<init>)");
        STAGES.put("jianbao.render.PagePlan.", "plan pages (PagePlan)");
        STAGES.put("jianbao.render.Theme.", "load theme (Theme)");
        STAGES.put("jianbao.content.", "read content (jianbao.content)");
        STAGES.put("jianbao.model.", "model (Site.entriesByDepartment …)");
        STAGES.put("jianbao.cli.", "command line (picocli, outside the stages)");
    }

    private static final String[][] LIBRARIES = {
            {"jianbao.", "jianbao"},
            {"io.pebbletemplates.", "Pebble"},
            {"com.vladsch.flexmark.", "flexmark"},
            {"org.jsoup.", "jsoup"},
            {"org.yaml.snakeyaml.", "SnakeYAML"},
            {"com.ibm.icu.", "ICU4J"},
            {"picocli.", "picocli"},
            {"java.util.regex.", "java.util.regex"},
            {"java.util.stream.", "java.util.stream"},
            {"java.util.concurrent.", "java.util.concurrent"},
            {"java.util.", "java.util (collections…)"},
            {"java.lang.String", "java.lang.String*"},
            {"java.lang.AbstractStringBuilder", "java.lang.String*"},
            {"java.lang.invoke.", "java.lang.invoke"},
            {"java.lang.reflect.", "reflection"},
            {"jdk.internal.reflect.", "reflection"},
            {"sun.nio.cs.", "charsets"},
            {"java.nio.", "file I/O (java.nio, sun.nio)"},
            {"sun.nio.", "file I/O (java.nio, sun.nio)"},
            {"java.io.", "java.io"},
            {"java.lang.", "java.lang (other)"},
            {"jdk.internal.", "jdk.internal"},
    };

    private static int top = 20;

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--top")) {
                top = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: java bench/src/JfrSummary.java [--top N] FILE.jfr…");
            System.exit(2);
        }
        new JfrSummary().summarise(files);
    }

    private final Map<String, Long> selfByMethod = new HashMap<>();
    private final Map<String, Long> selfByLibrary = new HashMap<>();
    private final Map<String, Long> inclusiveByMethod = new HashMap<>();
    private final Map<String, Long> byStage = new HashMap<>();
    private final Map<String, Long> byJianbaoMethod = new HashMap<>();
    private final Map<String, Long> byThread = new HashMap<>();
    private final Map<String, Long> byCaller = new HashMap<>();
    private final Map<String, Long> allocByCaller = new HashMap<>();
    private final Map<String, Double> cpuByThread = new HashMap<>();
    private double jvmCpuSeconds;
    private int hardwareThreads = Runtime.getRuntime().availableProcessors();
    private final Map<String, Long> nativeByMethod = new HashMap<>();
    private final Map<String, Long> allocByClass = new HashMap<>();
    private final Map<String, Long> allocBySite = new HashMap<>();
    private final Map<String, Long> allocByJianbao = new HashMap<>();
    private final Map<String, Long> allocByStage = new HashMap<>();
    private long samples;
    private long nativeSamples;
    private long allocated;
    private long gcCount;
    private Duration gcPauses = Duration.ZERO;
    private long maxHeapUsed;
    private long maxHeapCommitted;
    private long compilations;
    private Duration compileTime = Duration.ZERO;
    private final List<Double> jvmCpu = new ArrayList<>();
    private final List<Double> machineCpu = new ArrayList<>();

    private void summarise(List<Path> files) throws IOException {
        for (Path file : files) {
            readPeriods(file);
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> execution(event);
                    case "jdk.NativeMethodSample" -> nativeSample(event);
                    case "jdk.ObjectAllocationSample" -> allocation(event);
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                    }
                    case "jdk.GCHeapSummary" -> {
                        maxHeapUsed = Math.max(maxHeapUsed, event.getLong("heapUsed"));
                        maxHeapCommitted = Math.max(maxHeapCommitted, event.getValue("heapSpace") instanceof jdk.jfr.consumer.RecordedObject space
                                ? space.getLong("committedSize") : 0);
                    }
                    case "jdk.Compilation" -> {
                        compilations++;
                        compileTime = compileTime.plus(event.getDuration());
                    }
                    case "jdk.CPUInformation" -> hardwareThreads = event.getInt("hwThreads");
                    case "jdk.ThreadCPULoad" -> {
                        String thread = event.getThread() == null ? "?" : threadGroup(event.getThread().getJavaName());
                        cpuByThread.merge(thread, (event.getFloat("user") + (double) event.getFloat("system")) * period(event), Double::sum);
                    }
                    case "jdk.CPULoad" -> {
                        jvmCpuSeconds += (event.getFloat("jvmUser") + (double) event.getFloat("jvmSystem")) * period(event);
                        jvmCpu.add(event.getFloat("jvmUser") + (double) event.getFloat("jvmSystem"));
                        machineCpu.add((double) event.getFloat("machineTotal"));
                    }
                    default -> {
                    }
                }
            }
        }
        report(files);
    }

    private void execution(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
        add(byThread, thread.startsWith("ForkJoinPool") ? "ForkJoinPool workers" : thread, 1);
        List<RecordedFrame> frames = stack.getFrames();
        String topMethod = name(frames.get(0).getMethod());
        add(selfByMethod, topMethod, 1);
        add(selfByLibrary, library(topMethod), 1);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String m = name(frame.getMethod());
            if (m.startsWith("jianbao.") && seen.add(m)) {
                add(inclusiveByMethod, m, 1);
            }
        }
        add(byStage, stage(frames), 1);
        add(byCaller, firstNonJdk(frames), 1);
        add(byJianbaoMethod, innermostJianbao(frames) + "  →  " + library(topMethod), 1);
    }

    private void nativeSample(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        nativeSamples++;
        add(nativeByMethod, name(stack.getFrames().get(0).getMethod()) + "  ←  " + stage(stack.getFrames()), 1);
    }

    private void allocation(RecordedEvent event) {
        long weight = event.getLong("weight");
        allocated += weight;
        add(allocByClass, event.getClass("objectClass").getName(), weight);
        RecordedStackTrace stack = event.getStackTrace();
        if (stack != null && !stack.getFrames().isEmpty()) {
            List<RecordedFrame> frames = stack.getFrames();
            add(allocBySite, name(frames.get(0).getMethod()), weight);
            add(allocByCaller, firstNonJdk(frames), weight);
            add(allocByJianbao, innermostJianbao(frames), weight);
            add(allocByStage, stage(frames), weight);
        }
    }

    private static String stage(List<RecordedFrame> frames) {
        Set<String> methods = new HashSet<>();
        for (RecordedFrame frame : frames) {
            methods.add(name(frame.getMethod()));
        }
        for (Map.Entry<String, String> stage : STAGES.entrySet()) {
            String key = stage.getKey();
            if (key.endsWith(".") ? methods.stream().anyMatch(m -> m.startsWith(key)) : methods.contains(key)) {
                return stage.getValue();
            }
        }
        return "outside jianbao's stages (JVM start, class loading, ForkJoin idle…)";
    }

    /** The jianbao method nearest the top of the stack: the code of ours that asked for the work. */
    private static String innermostJianbao(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String m = name(frame.getMethod());
            if (m.startsWith("jianbao.")) {
                return m;
            }
        }
        return "(no jianbao frame)";
    }

    private static String name(RecordedMethod method) {
        if (method == null) {
            return "?";
        }
        String name = method.getType().getName() + "." + method.getName();
        return name.replaceAll("\\$\\$Lambda\\$\\d+[/+]0x[0-9a-f]+(\\.\\d+)?", "\\$\\$Lambda")
                .replaceAll("lambda\\$(\\w+)\\$\\d+", "lambda\\$$1");
    }

    /** The first frame from the top that is not the JDK's: the library (or jianbao) call that did the work. */
    private static String firstNonJdk(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String m = name(frame.getMethod());
            if (!(m.startsWith("java.") || m.startsWith("jdk.") || m.startsWith("sun.") || m.startsWith("com.sun."))) {
                return m;
            }
        }
        return name(frames.get(0).getMethod());
    }

    private static String library(String method) {
        for (String[] lib : LIBRARIES) {
            if (method.startsWith(lib[0])) {
                return lib[1];
            }
        }
        return method.contains(".") ? method.substring(0, method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1) + "*" : method;
    }

    private void report(List<Path> files) {
        System.out.printf("recordings: %s%n", files);
        System.out.printf("Java execution samples: %,d (threads: %s)%n", samples, percentages(byThread, samples, 5, Function.identity()));
        section("execution samples by build stage (inclusive)", byStage, samples, 12);
        section("execution samples by library of the top frame (self)", selfByLibrary, samples, 14);
        section("top frames (self time)", selfByMethod, samples, top);
        section("jianbao methods on the stack (inclusive)", inclusiveByMethod, samples, top);
        section("first non-JDK frame from the top (the library call doing the work, self)", byCaller, samples, top);
        section("innermost jianbao method  →  library doing the work", byJianbaoMethod, samples, top);
        if (nativeSamples > 0) {
            section("threads in native code (jdk.NativeMethodSample), top frame  ←  stage", nativeByMethod, nativeSamples, 8);
        }
        System.out.printf("%nallocation (jdk.ObjectAllocationSample, weighted): %,.0f MiB per build%n", allocated / 1048576.0 / files.size());
        section("allocation by build stage", allocByStage, allocated, 10);
        section("allocation by class", allocByClass, allocated, 12);
        section("allocation by top frame", allocBySite, allocated, 12);
        section("allocation by first non-JDK frame", allocByCaller, allocated, 12);
        section("allocation by innermost jianbao method", allocByJianbao, allocated, 12);
        double n = files.size();
        System.out.printf("%nper build (average of %d recording%s):%n", files.size(), files.size() > 1 ? "s" : "");
        System.out.printf("  allocated (sampled, weighted): %,.0f MiB%n", allocated / n / 1048576.0);
        System.out.printf("  garbage collections: %.1f, pauses %.2f s; heap used at most %,.0f MiB, committed at most %,.0f MiB (over all builds)%n",
                gcCount / n, gcPauses.toNanos() / 1e9 / n, maxHeapUsed / 1048576.0, maxHeapCommitted / 1048576.0);
        System.out.printf("  JIT compilations: %.0f, %.2f s of compiler thread wall time%n", compilations / n, compileTime.toNanos() / 1e9 / n);
        if (!cpuByThread.isEmpty()) {
            double cores = hardwareThreads;
            double javaThreads = cpuByThread.values().stream().mapToDouble(d -> d).sum() * cores;
            System.out.printf("%nCPU time by thread per build (jdk.ThreadCPULoad integrated, from the recording's start; approximate): JVM in total %.2f s%n",
                    jvmCpuSeconds * cores / n);
            cpuByThread.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(e -> e.getValue() * cores / n >= 0.005)
                    .forEach(e -> System.out.printf("  %6.2f s  %4.1f %%  %s%n", e.getValue() * cores / n,
                            100 * e.getValue() / jvmCpuSeconds, e.getKey()));
            double rest = Math.max(0, jvmCpuSeconds * cores - javaThreads);
            System.out.printf("  %6.2f s  %4.1f %%  not Java threads (GC workers, VM thread) = JVM total − the above%n",
                    rest / n, 100 * rest / (jvmCpuSeconds * cores));
        }
        if (!jvmCpu.isEmpty()) {
            System.out.printf("CPU load (1 s samples, share of all cores): this JVM %.0f %% on average, whole machine %.0f %%%n",
                    100 * jvmCpu.stream().mapToDouble(d -> d).average().orElse(0),
                    100 * machineCpu.stream().mapToDouble(d -> d).average().orElse(0));
        }
    }

    private static void section(String title, Map<String, Long> counts, long total, int limit) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    private static String percentages(Map<String, Long> counts, long total, int limit, Function<String, String> label) {
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append(out.length() > 0 ? ", " : "").append(label.apply(e.getKey()))
                        .append(String.format(" %.0f %%", 100.0 * e.getValue() / Math.max(1, total))));
        return out.toString();
    }

    /** The event's period in seconds, taken from its setting; 1 s when it is not known. */
    private final Map<String, Double> periods = new HashMap<>();

    private void readPeriods(Path file) throws IOException {
        Map<Long, String> names = new HashMap<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            recording.readEventTypes().forEach(type -> names.put(type.getId(), type.getName()));
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ActiveSetting") && "period".equals(event.getString("name"))) {
                    String[] value = event.getString("value").strip().split("\\s+");
                    if (value.length == 2 && value[0].matches("\\d+")) {
                        double unit = switch (value[1]) {
                            case "ns" -> 1e-9;
                            case "us" -> 1e-6;
                            case "ms" -> 1e-3;
                            case "s" -> 1;
                            case "m" -> 60;
                            default -> Double.NaN;
                        };
                        String type = names.get(event.getLong("id"));
                        if (type != null && !Double.isNaN(unit)) {
                            periods.put(type, Long.parseLong(value[0]) * unit);
                        }
                    }
                }
            }
        }
    }

    private double period(RecordedEvent event) {
        return periods.getOrDefault(event.getEventType().getName(), 1.0);
    }

    private static String threadGroup(String name) {
        if (name == null) {
            return "?";
        } else if (name.startsWith("ForkJoinPool")) {
            return "ForkJoinPool workers (parallel streams)";
        } else if (name.startsWith("C2 CompilerThread")) {
            return "C2 JIT compiler threads";
        } else if (name.startsWith("C1 CompilerThread")) {
            return "C1 JIT compiler threads";
        } else if (name.startsWith("JFR") || name.contains("Flight Recorder")) {
            return "JFR (profiling overhead)";
        }
        return name;
    }

    private static void add(Map<String, Long> map, String key, long n) {
        map.merge(key, n, Long::sum);
    }
}
