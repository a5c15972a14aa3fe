package no.jobbstotte.benchmarks.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import no.jobbstotte.benchmarks.driver.ChildJvm.Timing;

/**
 * Cold starts: every variant (JVM floor, each function's SDK floor, each function) in every mode
 * (plain, AppCDS, AOT cache), interleaved round by round so a busy machine slows all alike.
 */
final class ColdStarts {

    enum Mode {
        PLAIN("plain"), APPCDS("AppCDS (-XX:ArchiveClassesAtExit)"), AOT("AOT cache (-XX:AOTCacheOutput)");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** One thing to start cold: a handler on a classpath with an environment. */
    record Variant(String name, String handler, String classpath, Map<String, String> environment, int memoryMb,
            IntFunction<List<String>> event) {}

    record Result(Variant variant, Mode mode, List<Timing> runs, String archiveNote) {}

    private final Path java;
    private final Path workDir;
    private final int plainRuns;
    private final int archiveRuns;

    ColdStarts(Path java, Path workDir, int plainRuns, int archiveRuns) {
        this.java = java;
        this.workDir = workDir;
        this.plainRuns = plainRuns;
        this.archiveRuns = archiveRuns;
    }

    static List<String> flags(int memoryMb) {
        // Lambda-like: C1 only (the template's JAVA_TOOL_OPTIONS), SerialGC (what the Lambda Java
        // runtime picks on small instances), heap 80 % of MemorySize; the JDK's default CDS archive is on by default
        // (an explicit -Xshare:auto would forbid -XX:AOTCacheOutput).
        return new ArrayList<>(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx" + (memoryMb * 8 / 10) + "m"));
    }

    Map<Mode, Map<String, Result>> measure(List<Variant> variants, List<Mode> modes, java.io.PrintStream out) throws Exception {
        Map<Mode, Map<String, Result>> results = new LinkedHashMap<>();
        int modeIndex = 0;
        for (Mode mode : modes) {
            int base = 1000 * ++modeIndex;
            Map<String, List<String>> modeFlags = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (Variant v : variants) {
                List<String> f = flags(v.memoryMb());
                String file = v.name().replaceAll("[^A-Za-z0-9]", "_");
                switch (mode) {
                    case PLAIN -> {
                        // Unmeasured warm-up: page cache, emulator connections.
                        ChildJvm.run(java, f, v.classpath(), v.handler(), v.event().apply(base + 999), v.environment(), workDir, 600);
                    }
                    case APPCDS -> {
                        Path archive = workDir.resolve(file + ".jsa");
                        Files.deleteIfExists(archive);
                        List<String> training = new ArrayList<>(f);
                        training.add("-XX:ArchiveClassesAtExit=" + archive);
                        ChildJvm.run(java, training, v.classpath(), v.handler(), v.event().apply(base + 999), v.environment(), workDir, 600);
                        f.add("-XX:SharedArchiveFile=" + archive);
                        notes.put(v.name(), Files.exists(archive) ? Files.size(archive) / 1_000_000 + " MB" : "no archive");
                    }
                    case AOT -> {
                        Path cache = workDir.resolve(file + ".aot");
                        Files.deleteIfExists(cache);
                        List<String> training = new ArrayList<>(f);
                        training.add("-XX:AOTCacheOutput=" + cache);
                        ChildJvm.run(java, training, v.classpath(), v.handler(), v.event().apply(base + 999), v.environment(), workDir, 600);
                        f.add("-XX:AOTCache=" + cache);
                        notes.put(v.name(), Files.exists(cache) ? Files.size(cache) / 1_000_000 + " MB" : "no cache");
                    }
                }
                modeFlags.put(v.name(), f);
            }
            Map<String, List<Timing>> timings = new LinkedHashMap<>();
            int runs = mode == Mode.PLAIN ? plainRuns : archiveRuns;
            for (int round = 0; round < runs; round++) {
                for (Variant v : variants) {
                    Timing t = ChildJvm.run(java, modeFlags.get(v.name()), v.classpath(), v.handler(),
                            v.event().apply(base + round), v.environment(), workDir, 600);
                    timings.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(t);
                }
                out.printf("  %s: round %d/%d done%n", mode.label, round + 1, runs);
            }
            Map<String, Result> byVariant = new LinkedHashMap<>();
            for (Variant v : variants) {
                byVariant.put(v.name(), new Result(v, mode, timings.get(v.name()), notes.getOrDefault(v.name(), "")));
            }
            results.put(mode, byVariant);
        }
        return results;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
