package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark child JVM runs: {@code Launcher <handler class> <event file>}. Builds the event
 * by hand (no JSON library, see {@link Events}), constructs the handler through its public no-arg
 * constructor (as Lambda does; configuration comes from the process environment), invokes it once
 * and prints one line: {@code BENCH main=<ms> constructed=<ms> returned=<ms> cpuMs=<ms> ...}. The driver
 * measures from just before it starts the process to {@code returned}. An event file may hold
 * several events separated by {@code ---} lines: the same handler instance is then invoked with
 * each in turn (one warm Lambda instance working through a queue), and {@code returned} is after
 * the last; the result is the last invocation's.
 */
public final class Launcher {

    private Launcher() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        List<List<String>> events = split(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        Object event = Events.build(events.get(0));
        Object handler = Class.forName(args[0]).getDeclaredConstructor().newInstance();
        long constructed = System.currentTimeMillis();
        Object result = ((RequestHandler<Object, Object>) handler).handleRequest(event, new BenchContext());
        for (List<String> next : events.subList(1, events.size())) {
            result = ((RequestHandler<Object, Object>) handler).handleRequest(Events.build(next), new BenchContext());
        }
        long returned = System.currentTimeMillis();
        StringBuilder line = new StringBuilder(160).append("BENCH main=").append(main)
                .append(" constructed=").append(constructed).append(" returned=").append(returned);
        // CPU time (all threads: JIT and GC included) says less about a busy machine's scheduling than wall time.
        line.append(" cpuMs=").append(ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L));
        if (Boolean.getBoolean("bench.peakHeap")) {
            line.append(" peakHeapBytes=").append(PeakHeap.bytes());
        }
        String summary = Events.summary(result);
        line.append(" result=").append(summary.length() > 400 ? summary.substring(0, 400) : summary);
        System.out.println(line);
        System.out.flush();
        // Lambda freezes the process; a benchmark child must end (SDK threads may linger).
        Runtime.getRuntime().halt(0);
    }

    private static List<List<String>> split(List<String> lines) {
        List<List<String>> events = new ArrayList<>();
        events.add(new ArrayList<>());
        for (String line : lines) {
            if (line.equals("---")) {
                events.add(new ArrayList<>());
            } else {
                events.get(events.size() - 1).add(line);
            }
        }
        return events;
    }
}
