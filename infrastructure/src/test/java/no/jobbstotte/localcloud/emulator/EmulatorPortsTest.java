package no.jobbstotte.localcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulatorPortsTest {

    @Test
    void freePortsAreChosenDistinct() {
        EmulatorPorts ports = EmulatorPorts.free().resolved();

        List<Integer> all = List.of(ports.sqs(), ports.dynamoDb(), ports.s3(), ports.ses(), ports.secretsManager());
        assertThat(all).doesNotContain(0).doesNotHaveDuplicates();
    }

    @Test
    void aTakenPortIsNamedBeforeAnyEmulatorStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EmulatorPorts ports = new EmulatorPorts(0, 0, 0, taken.getLocalPort(), 0);

            assertThatThrownBy(ports::resolved)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("SES");
        }
    }
}
