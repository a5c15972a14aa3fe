package no.jobbstotte.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.jobbstotte.shared.validation.FieldError;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void factories_commonCases_haveStatusAndStableTypeUnderBase() {
        assertThat(Problem.badRequest("x")).extracting(Problem::status, p -> p.type().toString())
                .containsExactly(400, "https://jobbstotte.no/problems/bad-request");
        assertThat(Problem.validation(List.of(error())).type()).isEqualTo(URI.create("https://jobbstotte.no/problems/validation"));
        assertThat(Problem.unauthorized("x").status()).isEqualTo(401);
        assertThat(Problem.notFound("x").status()).isEqualTo(404);
        assertThat(Problem.methodNotAllowed(Set.of("POST")).status()).isEqualTo(405);
        assertThat(Problem.conflict("x").status()).isEqualTo(409);
        assertThat(Problem.payloadTooLarge(1024).status()).isEqualTo(413);
        assertThat(Problem.unsupportedMediaType("application/json").status()).isEqualTo(415);
        assertThat(Problem.unprocessable("x", List.of()).status()).isEqualTo(422);
        assertThat(Problem.tooManyRequests(30).status()).isEqualTo(429);
        assertThat(Problem.internal().status()).isEqualTo(500);
    }

    @Test
    void validation_twoErrors_keepsErrorsAndCountsThemInNorwegian() {
        Problem problem = Problem.validation(List.of(error(), error()));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Valideringsfeil");
        assertThat(problem.detail()).contains("2 feil");
        assertThat(problem.errors()).hasSize(2);
    }

    @Test
    void tooManyRequests_retryAfter_setsRetryAfterHeader() {
        assertThat(Problem.tooManyRequests(30).headers()).containsEntry("Retry-After", "30");
    }

    @Test
    void tooManyRequests_negativeRetryAfter_throws() {
        assertThatThrownBy(() -> Problem.tooManyRequests(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void methodNotAllowed_allowedMethods_setsSortedAllowHeader() {
        assertThat(Problem.methodNotAllowed(Set.of("POST", "GET")).headers()).containsEntry("Allow", "GET, POST");
    }

    @Test
    void internal_always_hasGenericNorwegianDetail() {
        assertThat(Problem.internal().detail()).startsWith("Noe gikk galt hos oss");
    }

    @Test
    void withInstance_uri_setsInstanceOnly() {
        Problem problem = Problem.notFound("x").withInstance(URI.create("/v1/chains/c1/agreements"));

        assertThat(problem.instance()).hasToString("/v1/chains/c1/agreements");
        assertThat(problem.type()).isEqualTo(Problem.type("not-found"));
    }

    @Test
    void constructor_successStatus_throws() {
        assertThatThrownBy(() -> new Problem(Problem.type("x"), "t", 200, null, null, List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errors_mutatedSourceList_doesNotChangeProblem() {
        List<FieldError> errors = new ArrayList<>(List.of(error()));
        Problem problem = Problem.validation(errors);
        errors.add(error());

        assertThat(problem.errors()).hasSize(1);
    }

    private static FieldError error() {
        return new FieldError("/items/0/version", FieldError.REQUIRED, "Feltet er påkrevd.");
    }
}
