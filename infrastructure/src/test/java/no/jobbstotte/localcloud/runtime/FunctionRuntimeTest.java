package no.jobbstotte.localcloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The counts behind the Errors and Throttles alarms. */
class FunctionRuntimeTest {

    private static final CountDownLatch ENTERED = new CountDownLatch(1);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Blocks on "block" until the test releases it (at most 5 s), fails on "fail", echoes the rest. */
    public static final class BlockingHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            if (input.equals("fail")) {
                throw new IllegalStateException("failing, as the test asked");
            }
            if (input.equals("block")) {
                ENTERED.countDown();
                try {
                    RELEASE.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return input;
        }
    }

    private final FunctionRuntime runtime = new FunctionRuntime(new FunctionDefinition("Blocking",
            BlockingHandler.class.getName() + "::handleRequest", "test-classes", 512, 10, Map.of(), Map.of(), 1),
            Map.of(), getClass().getClassLoader(), "arn:aws:lambda:eu-north-1:000000000000:function:Blocking", 1);

    /** A thread per caller, as the event sources and the HTTP API call a function concurrently. */
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void invoke_handlerThrows_countsAnError_andResetStartsAfresh() {
        assertThat((String) runtime.invoke("fine")).isEqualTo("fine");
        assertThatThrownBy(() -> runtime.invoke("fail")).isInstanceOf(IllegalStateException.class);

        assertThat(runtime.errors()).isEqualTo(1);
        runtime.resetCounts();
        assertThat(runtime.errors()).isZero();
    }

    @Test
    void invoke_everyInstanceBusy_countsAThrottle_andStillRunsTheInvocation() throws InterruptedException {
        CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> runtime.invoke("block"), callers);
        assertThat(ENTERED.await(5, TimeUnit.SECONDS)).as("the first invocation holds the only instance").isTrue();
        assertThat(runtime.throttles()).isZero();
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(() -> runtime.invoke("second"), callers);

        await().atMost(Duration.ofSeconds(2)).until(() -> runtime.throttles() == 1);
        RELEASE.countDown();

        assertThat(waiting.join()).isEqualTo("second");
        assertThat(blocked.join()).isEqualTo("block");
        assertThat(runtime.throttles()).isEqualTo(1);
        assertThat(runtime.errors()).isZero();
    }
}
