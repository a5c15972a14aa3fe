package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark child JVM runs: {@code Launcher <handler class> <event file>}. Builds the event
 * by hand (no JSON library, see {@link Events}), constructs the handler through its public no-arg
 * constructor (as Lambda does; configuration comes from the process environment), invokes it once
 * and prints one line: {@code BENCH main=<ms> constructed=<ms> returned=<ms> ...}. The driver
 * measures from just before it starts the process to {@code returned}.
 */
public final class Launcher {

    private Launcher() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Object event = Events.build(lines);
        Object handler = Class.forName(args[0]).getDeclaredConstructor().newInstance();
        long constructed = System.currentTimeMillis();
        Object result = ((RequestHandler<Object, Object>) handler).handleRequest(event, new BenchContext());
        long returned = System.currentTimeMillis();
        StringBuilder line = new StringBuilder(160).append("BENCH main=").append(main)
                .append(" constructed=").append(constructed).append(" returned=").append(returned);
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
}
