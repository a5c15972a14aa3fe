package no.jobbstotte.deployment;

import static no.jobbstotte.localcloud.testing.SourceFiles.javaFiles;
import static no.jobbstotte.localcloud.testing.SourceFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the module layout honest (docs/architecture.md), read from the sources and
 * template.yaml so that a new table, function or shared package is checked without editing this
 * test: every table has one owner and nothing else touches its items; shared/ holds only what
 * two functions use; configuration and time come from one place each; handlers are wired alike.
 */
class ArchitectureTest {

    private static final Path ROOT = DeploymentTemplate.repoRoot();
    private static final Pattern OWNS_TABLE = Pattern.compile("@OwnsTable\\(\"([A-Za-z0-9]+)\"\\)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([a-z0-9_.]+);");
    private static final Pattern SHARED_REFERENCE = Pattern.compile("no\\.jobbstotte\\.shared((?:\\.[a-z0-9_]+)+)\\.[A-Z*]");
    /** What a DynamoDbClient is asked; a class that is not a table's owner may hold a client only to pass it on. */
    private static final Pattern DYNAMODB_CALL = Pattern.compile("\\.(getItem|putItem|updateItem|deleteItem|query"
            + "|scan|queryPaginator|scanPaginator|batchGetItem|batchWriteItem|transactGetItems|transactWriteItems)\\(");

    @Test
    void everyTableInTemplate_hasExactlyOneOwnerPackage() {
        Set<String> tables = new TreeSet<>(DeploymentTemplate.read().ofType(Template.TABLE).stream()
                .map(Resource::logicalId).toList());
        Map<String, List<String>> owners = new TreeMap<>();
        owners().forEach((pkg, table) -> owners.computeIfAbsent(table, t -> new ArrayList<>()).add(pkg));

        assertThat(owners.keySet()).as("tables with an @OwnsTable package").isEqualTo(tables);
        owners.forEach((table, packages) -> assertThat(packages).as("owners of %s", table).hasSize(1));
    }

    @Test
    void dynamoDbItems_areReadAndWrittenOnlyInsideTheirTablesOwner() {
        Set<String> owners = owners().keySet();
        List<String> violations = new ArrayList<>();
        for (Path file : productionSources()) {
            String source = read(file);
            if (owners.contains(packageOf(source))) {
                continue;
            }
            boolean itemTypes = source.contains("software.amazon.awssdk.services.dynamodb.model");
            boolean client = source.contains("software.amazon.awssdk.services.dynamodb.DynamoDbClient");
            if (itemTypes || client && DYNAMODB_CALL.matcher(source).find()) {
                violations.add(ROOT.relativize(file).toString());
            }
        }
        assertThat(violations).as("classes outside a table's owner that build or read DynamoDB items").isEmpty();
    }

    @Test
    void everySharedPackage_isUsedByAtLeastTwoFunctions() {
        Map<String, Set<String>> sharedImports = new TreeMap<>();
        for (Path file : javaFiles(ROOT.resolve("shared/src/main/java"))) {
            String source = read(file);
            sharedImports.computeIfAbsent(packageOf(source), p -> new TreeSet<>()).addAll(sharedPackagesNamedIn(source));
        }
        Map<String, Set<String>> users = new TreeMap<>();
        sharedImports.keySet().forEach(pkg -> users.put(pkg, new TreeSet<>()));
        for (Path function : functionModules()) {
            Set<String> reached = new TreeSet<>(serviceProviders());
            javaFiles(function.resolve("src/main/java")).forEach(file -> reached.addAll(sharedPackagesNamedIn(read(file))));
            // A shared package a function uses brings the shared packages it uses itself.
            for (List<String> todo = new ArrayList<>(reached); !todo.isEmpty(); ) {
                for (String next : sharedImports.getOrDefault(todo.removeLast(), Set.of())) {
                    if (reached.add(next)) {
                        todo.add(next);
                    }
                }
            }
            reached.forEach(pkg -> users.computeIfAbsent(pkg, p -> new TreeSet<>()).add(function.getFileName().toString()));
        }
        Map<String, Set<String>> underused = new TreeMap<>(users);
        underused.values().removeIf(functions -> functions.size() >= 2);
        assertThat(underused).as("shared packages and the only functions using them: code one function uses"
                + " belongs in that function's module").isEmpty();
    }

    @Test
    void productionCode_readsEnvironmentOnlyInRuntimeConfigAndTimeOnlyInClockModule() {
        Pattern wallClock = Pattern.compile("System\\.getenv|Clock\\.system|\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|YearMonth)\\.now\\(\\)");
        List<String> violations = new ArrayList<>();
        for (Path file : productionSources()) {
            String name = file.getFileName().toString();
            if (name.equals("RuntimeConfig.java") || name.equals("ClockModule.java")) {
                continue;
            }
            Matcher matcher = wallClock.matcher(withoutComments(read(file)));
            while (matcher.find()) {
                violations.add(ROOT.relativize(file) + ": " + matcher.group());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void productionClasses_haveAtMost300Lines() {
        List<String> tooLong = new ArrayList<>();
        List<Path> sources = new ArrayList<>(productionSources());
        sources.addAll(javaFiles(ROOT.resolve("infrastructure/src/main/java")));
        for (Path file : sources) {
            long lines = read(file).lines().count();
            if (lines > 300) {
                tooLong.add(ROOT.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void everyHandler_buildsItsComponentTheSameWay() {
        List<Path> handlers = functionModules().stream()
                .flatMap(module -> javaFiles(module.resolve("src/main/java")).stream())
                .filter(file -> file.getFileName().toString().endsWith("Handler.java")).toList();
        assertThat(handlers).hasSizeGreaterThanOrEqualTo(functionModules().size());
        List<String> different = new ArrayList<>();
        for (Path handler : handlers) {
            String name = handler.getFileName().toString().replace("Handler.java", "");
            String source = read(handler);
            boolean alike = source.contains("public " + name + "Handler() {\n        this(RuntimeConfig.fromEnv());")
                    && source.contains(name + "Handler(Map<String, String> environment) {\n        this(RuntimeConfig.of(environment));")
                    && source.contains("private " + name + "Handler(RuntimeConfig config) {")
                    && source.split(Pattern.quote("Dagger" + name + "Component.factory().create(config)"), -1).length == 2;
            if (!alike) {
                different.add(name + "Handler");
            }
        }
        assertThat(different).as("handlers not built as no-argument -> RuntimeConfig.fromEnv(), environment map ->"
                + " RuntimeConfig.of, and one private RuntimeConfig constructor that creates the component").isEmpty();
    }

    // ---- reading the tree ----

    /** Owner package → the table it owns, from the {@code package-info.java} files of production code. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        for (Path file : productionSources()) {
            if (file.getFileName().toString().equals("package-info.java")) {
                Matcher owns = OWNS_TABLE.matcher(read(file));
                if (owns.find()) {
                    owners.put(packageOf(read(file)), owns.group(1));
                }
            }
        }
        return owners;
    }

    private static List<Path> functionModules() {
        try (Stream<Path> modules = Files.list(ROOT.resolve("functions"))) {
            return modules.filter(module -> Files.isRegularFile(module.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> productionSources() {
        List<Path> sources = new ArrayList<>(javaFiles(ROOT.resolve("shared/src/main/java")));
        functionModules().forEach(module -> sources.addAll(javaFiles(module.resolve("src/main/java"))));
        return sources;
    }

    /** Shared packages loaded by name (SLF4J finds its provider through META-INF/services): every function has them. */
    private static Set<String> serviceProviders() {
        Set<String> packages = new TreeSet<>();
        Path services = ROOT.resolve("shared/src/main/resources/META-INF/services");
        if (Files.isDirectory(services)) {
            try (Stream<Path> files = Files.list(services)) {
                files.forEach(file -> read(file).lines().map(String::strip).filter(l -> l.startsWith("no.jobbstotte.shared."))
                        .forEach(type -> packages.add(type.substring(0, type.lastIndexOf('.')))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packages;
    }

    private static Set<String> sharedPackagesNamedIn(String source) {
        Set<String> packages = new TreeSet<>();
        Matcher matcher = SHARED_REFERENCE.matcher(source);
        while (matcher.find()) {
            packages.add("no.jobbstotte.shared" + matcher.group(1));
        }
        return packages;
    }

    private static String packageOf(String source) {
        Matcher matcher = PACKAGE.matcher(source);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
