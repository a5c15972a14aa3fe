package no.jobbstotte.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Norwegian HTML page in the site's look (header, main, footer and the one stylesheet of
 * {@code web/frivillig/}), as the public HTTP functions answer browsers: the volunteer pages and
 * the digests' action-link pages.
 */
public final class HtmlPage {

    /** Lets a page load only its own origin's stylesheet and post only its own forms. */
    public static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private HtmlPage() {}

    /**
     * Built on the JSON response so the page keeps the shared security headers; type, policy and
     * body change. {@code header}, {@code content} and {@code footer} are markup, the title text.
     */
    public static APIGatewayV2HTTPResponse response(HttpResponses responses, int status, Map<String, String> extra,
            String title, String siteName, String stylesheet, String header, String content, String footer) {
        APIGatewayV2HTTPResponse response = responses.json(status, JsonNodeFactory.instance.objectNode());
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
        headers.putAll(extra);
        headers.put("Content-Type", "text/html; charset=utf-8");
        headers.put("Content-Security-Policy", CSP);
        response.setHeaders(headers);
        response.setBody("""
                <!doctype html>
                <html lang="nb">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – %2$s</title>
                <link rel="stylesheet" href="%3$s">
                </head>
                <body>
                %4$s
                <main id="innhold">
                <h1>%1$s</h1>
                %5$s
                </main>
                %6$s
                </body>
                </html>
                """.formatted(escape(title), escape(siteName), stylesheet, header, content, footer));
        return response;
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
