package no.jobbstotte.localcloud.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** The ports the emulators listen on; 0 means "pick a free one". */
public record EmulatorPorts(int sqs, int dynamoDb, int s3, int ses, int secretsManager) {

    public static EmulatorPorts free() {
        return new EmulatorPorts(0, 0, 0, 0, 0);
    }

    /**
     * Replaces each 0 with a free port, and checks the given ones are free. The node emulators
     * cannot report a port they chose themselves without parsing their output, so every port is
     * chosen here, up front; and a port already taken would pass the readiness check falsely.
     */
    EmulatorPorts resolved() {
        // All probe sockets stay open until every port is chosen, so no two collide.
        List<ServerSocket> probes = new ArrayList<>();
        try {
            return new EmulatorPorts(
                    probe("SQS", sqs, probes),
                    probe("DynamoDB", dynamoDb, probes),
                    probe("S3", s3, probes),
                    probe("SES", ses, probes),
                    probe("Secrets Manager", secretsManager, probes));
        } finally {
            probes.forEach(EmulatorPorts::closeQuietly);
        }
    }

    private static int probe(String emulator, int port, List<ServerSocket> probes) {
        try {
            ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            probes.add(probe);
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + port + " on 127.0.0.1 for the " + emulator
                    + " emulator is not free", e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Only a probe; the port is free either way.
        }
    }
}
