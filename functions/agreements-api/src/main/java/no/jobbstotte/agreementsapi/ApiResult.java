package no.jobbstotte.agreementsapi;

import com.fasterxml.jackson.databind.JsonNode;
import no.jobbstotte.shared.http.Problem;

/** What the service answers; the handler turns it into an HTTP response. */
public sealed interface ApiResult {

    int status();

    record Json(int status, JsonNode body) implements ApiResult {}

    record Failure(Problem problem) implements ApiResult {
        @Override
        public int status() {
            return problem.status();
        }
    }
}
