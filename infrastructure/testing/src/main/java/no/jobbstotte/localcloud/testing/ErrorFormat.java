package no.jobbstotte.localcloud.testing;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;

/** How the service behind a {@link FaultProxy} words its errors, so the SDK parses an injected one as real. */
public enum ErrorFormat {
    /** {@code {"__type": code, "message": ...}}: DynamoDB, SQS, SES v2. */
    JSON {
        @Override
        byte[] error(Headers headers, String code, String message, String requestId) {
            headers.set("Content-Type", "application/x-amz-json-1.0");
            headers.set("x-amzn-ErrorType", code);
            headers.set("x-amzn-RequestId", requestId);
            return ("{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    },
    /** {@code <Error><Code>...</Code>...</Error>}: S3. */
    XML {
        @Override
        byte[] error(Headers headers, String code, String message, String requestId) {
            headers.set("Content-Type", "application/xml");
            headers.set("x-amz-request-id", requestId);
            return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                    + "</Message><RequestId>" + requestId + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        }
    };

    /** Sets the error's headers and returns its body. */
    abstract byte[] error(Headers headers, String code, String message, String requestId);
}
