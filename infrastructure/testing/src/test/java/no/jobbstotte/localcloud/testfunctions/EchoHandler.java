package no.jobbstotte.localcloud.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * Answers with what it was given, so a test can see the event the local HTTP API built; on
 * {@code /public/boom} it fails (API Gateway answers 500), on {@code /public/unavailable} it
 * answers 503 itself.
 */
public final class EchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getRouteKey().equals("GET /echo/health")) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(204).build();
        }
        if (event.getRawPath().equals("/public/boom")) {
            throw new IllegalStateException("boom, as the test asked");
        }
        if (event.getRawPath().equals("/public/unavailable")) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(503).build();
        }
        String body = "name=" + event.getPathParameters().get("name")
                + ";route=" + event.getRouteKey()
                + ";query=" + event.getQueryStringParameters()
                + ";header=" + event.getHeaders().get("x-test")
                + ";version=" + event.getVersion()
                + ";base64=" + event.getIsBase64Encoded()
                + ";body=" + event.getBody();
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "text/plain; charset=utf-8", "X-Echo", "yes"))
                .withBody(body)
                .build();
    }
}
