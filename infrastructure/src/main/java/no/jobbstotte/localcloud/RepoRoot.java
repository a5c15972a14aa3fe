package no.jobbstotte.localcloud;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's top folder, where template.yaml and the emulators' package.json live. */
public final class RepoRoot {

    private RepoRoot() {}

    public static Path find() {
        String configured = System.getProperty("jobbstotte.repoRoot");
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with template.yaml and mvnw) above "
                + Path.of("").toAbsolutePath());
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("template.yaml")) && Files.isRegularFile(dir.resolve("mvnw"));
    }
}
