package no.jobbstotte.benchmarks.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A deployable jar's size and what takes the room in it (compressed bytes per library). */
final class JarSizes {

    static final long TARGET_BYTES = 15L * 1000 * 1000;

    record JarSize(long bytes, List<Map.Entry<String, Long>> largest, int classes) {}

    private JarSizes() {}

    static JarSize of(Path jar) {
        Map<String, Long> groups = new TreeMap<>();
        int classes = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().endsWith(".class")) {
                    classes++;
                }
                groups.merge(group(entry.getName()), Math.max(0, entry.getCompressedSize()), Long::sum);
            }
            List<Map.Entry<String, Long>> largest = groups.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(6).toList();
            return new JarSize(Files.size(jar), largest, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The library an entry belongs to, by package prefix. */
    static String group(String name) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("software/amazon/awssdk/services/", null);
        prefixes.put("software/amazon/awssdk/thirdparty/jackson", "awssdk third-party jackson");
        prefixes.put("software/amazon/awssdk/", "awssdk core (core, http, auth, regions, protocols)");
        prefixes.put("software/amazon/", "software.amazon other (eventstream)");
        prefixes.put("com/fasterxml/jackson/", "jackson");
        prefixes.put("org/glassfish/jaxb/", "JAXB runtime (jollyday-jaxb)");
        prefixes.put("com/sun/xml/", "JAXB/istack (jollyday-jaxb)");
        prefixes.put("jakarta/xml/bind/", "jakarta.xml.bind (jollyday-jaxb)");
        prefixes.put("jakarta/activation/", "jakarta.activation (jollyday-jaxb)");
        prefixes.put("com/sun/istack/", "JAXB/istack (jollyday-jaxb)");
        prefixes.put("de/focus_shift/", "jollyday");
        prefixes.put("holidays/", "jollyday holiday data");
        prefixes.put("org/threeten/", "threeten-extra (jollyday)");
        prefixes.put("org/joda/", "joda-time (lambda events)");
        prefixes.put("com/amazonaws/services/lambda/", "aws-lambda-java-events/core");
        prefixes.put("dagger/", "dagger");
        prefixes.put("javax/inject/", "javax.inject");
        prefixes.put("jakarta/inject/", "jakarta.inject");
        prefixes.put("org/slf4j/", "slf4j");
        prefixes.put("io/netty/", "netty");
        prefixes.put("org/apache/", "apache");
        prefixes.put("no/jobbstotte/", "project code (shared + function)");
        prefixes.put("META-INF/", "META-INF");
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            if (name.startsWith(prefix.getKey())) {
                if (prefix.getValue() == null) {
                    String rest = name.substring(prefix.getKey().length());
                    int slash = rest.indexOf('/');
                    return "awssdk " + (slash < 0 ? rest : rest.substring(0, slash));
                }
                return prefix.getValue();
            }
        }
        int slash = name.indexOf('/');
        int second = slash < 0 ? -1 : name.indexOf('/', slash + 1);
        return second < 0 ? name : name.substring(0, second).replace('/', '.');
    }
}
