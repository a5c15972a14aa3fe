package no.jobbstotte.localcloud.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Installs the node emulators from the committed package-lock.json when they are missing or stale. */
public final class NodePackages {

    private static final long NPM_TIMEOUT_MINUTES = 5;

    private NodePackages() {}

    public static synchronized void ensureInstalled(Path emulatorsDir) {
        Path lockFile = emulatorsDir.resolve("package-lock.json");
        if (!Files.isRegularFile(lockFile)) {
            throw new IllegalStateException("No package-lock.json in " + emulatorsDir);
        }
        // Several JVMs (parallel test forks) may start at once; an advisory lock on the lock file
        // lets only one of them run npm ci, and does not change the file. Closing the channel
        // releases it.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            channel.lock();
            if (isStale(emulatorsDir, lockFile)) {
                runNpmCi(emulatorsDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install the node emulators in " + emulatorsDir, e);
        }
    }

    /** npm ci writes node_modules/.package-lock.json last, so its age tells whether an install finished. */
    private static boolean isStale(Path emulatorsDir, Path lockFile) throws IOException {
        Path installed = emulatorsDir.resolve("node_modules/.package-lock.json");
        if (!Files.isRegularFile(installed)) {
            return true;
        }
        FileTime installedAt = Files.getLastModifiedTime(installed);
        return installedAt.compareTo(Files.getLastModifiedTime(lockFile)) < 0;
    }

    private static void runNpmCi(Path emulatorsDir) throws IOException {
        Path log = emulatorsDir.resolveSibling("target/emulators/npm-ci.log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of("npm", "ci", "--no-audit", "--no-fund");
        Process npm;
        try {
            npm = new ProcessBuilder(command)
                    .directory(emulatorsDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "npm not found: install Node.js 20 or newer (with npm) and put it on the PATH", e);
        }
        try {
            if (!npm.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci did not finish within " + NPM_TIMEOUT_MINUTES
                        + " minutes in " + emulatorsDir + "; see " + log);
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running npm ci", e);
        }
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed (exit " + npm.exitValue() + ") in " + emulatorsDir
                    + ":\n" + Files.readString(log));
        }
    }
}
