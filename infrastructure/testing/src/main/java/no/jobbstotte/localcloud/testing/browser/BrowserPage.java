package no.jobbstotte.localcloud.testing.browser;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import no.jobbstotte.localcloud.RepoRoot;

/**
 * One tab: navigate, read the DOM, and act as a person does, with real mouse and key events
 * (the page sees trusted events, focus moves as with a keyboard). JavaScript errors and console
 * errors (a Content-Security-Policy refusal among them) are collected for {@link #problems()}.
 */
public final class BrowserPage implements AutoCloseable {

    private final DevTools devTools;
    private final String sessionId;
    private final String targetId;
    /** The main frame's documents (by loader id) in the order they came, and those whose load event fired. */
    private final List<String> documents = new CopyOnWriteArrayList<>();
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    BrowserPage(DevTools devTools, String targetId, String sessionId) {
        this.devTools = devTools;
        this.targetId = targetId;
        this.sessionId = sessionId;
        devTools.listen(event -> {
            if (!sessionId.equals(event.path("sessionId").asText())) {
                return;
            }
            JsonNode params = event.path("params");
            switch (event.path("method").asText()) {
                case "Page.frameNavigated" -> {
                    if (!params.path("frame").has("parentId")) {
                        documents.add(params.path("frame").path("loaderId").asText());
                    }
                }
                case "Page.lifecycleEvent" -> {
                    if (params.path("name").asText().equals("load")) {
                        loaded.add(params.path("loaderId").asText());
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails").path("exception")
                        .path("description").asText(params.path("exceptionDetails").path("text").asText()));
                case "Log.entryAdded" -> {
                    // Not "network": an HTTP error status the test provokes (a 400 for a bad form) is logged so too.
                    JsonNode entry = params.path("entry");
                    if (entry.path("level").asText().equals("error") && !entry.path("source").asText().equals("network")) {
                        problems.add(params.path("entry").path("source").asText() + ": " + params.path("entry").path("text").asText()
                                + " " + params.path("entry").path("url").asText());
                    }
                }
                default -> { }
            }
        });
        // Focused as the front tab is, so keys go to it and :focus-visible applies as for a person.
        send("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        send("Page.enable", Map.of());
        send("Page.setLifecycleEventsEnabled", Map.of("enabled", true));
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
    }

    /** Loads {@code url} and waits for its load event. */
    public void navigate(String url) {
        afterLoadOf(() -> {
            JsonNode result = send("Page.navigate", Map.of("url", url));
            if (result.hasNonNull("errorText")) {
                throw new IllegalStateException("cannot load " + url + ": " + result.get("errorText").asText());
            }
        });
    }

    /**
     * Runs {@code action} (a click that submits a form, say) and waits until a new document in the
     * main frame has loaded: one navigated to after the action began, so no earlier load counts.
     */
    public void afterLoadOf(Runnable action) {
        Set<String> before = Set.copyOf(documents);
        action.run();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> documents.stream()
                .anyMatch(document -> !before.contains(document) && loaded.contains(document)));
    }

    /** The value of a JavaScript expression (promises awaited), as JSON; throws what the page threw. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            JsonNode details = result.get("exceptionDetails");
            throw new AssertionError("page script failed: " + details.path("exception").path("description")
                    .asText(details.path("text").asText()) + "\n in: " + expression);
        }
        return result.path("result").path("value");
    }

    /** The strings of a JavaScript expression whose value is an array. */
    public List<String> strings(String expression) {
        List<String> strings = new ArrayList<>();
        evaluate(expression).forEach(item -> strings.add(item.asText()));
        return strings;
    }

    /** The element's rendered text, or empty when there is none. */
    public String text(String selector) {
        return evaluate("document.querySelector(" + DevTools.MAPPER.valueToTree(selector) + ")?.innerText ?? ''").asText();
    }

    /** A left click in the middle of the element, scrolled into view first. */
    public void click(String selector) {
        int node = node(selector);
        send("DOM.scrollIntoViewIfNeeded", Map.of("nodeId", node));
        JsonNode quad = send("DOM.getContentQuads", Map.of("nodeId", node)).path("quads").path(0);
        if (quad.size() != 8) {
            throw new IllegalStateException(selector + " is not rendered");
        }
        double x = (quad.get(0).asDouble() + quad.get(2).asDouble() + quad.get(4).asDouble() + quad.get(6).asDouble()) / 4;
        double y = (quad.get(1).asDouble() + quad.get(3).asDouble() + quad.get(5).asDouble() + quad.get(7).asDouble()) / 4;
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    /** Focuses the element and types {@code text} into it, as a keyboard or an input method would. */
    public void type(String selector, String text) {
        send("DOM.focus", Map.of("nodeId", node(selector)));
        send("Input.insertText", Map.of("text", text));
    }

    /** Presses and releases a key: Tab, Enter or ArrowDown. */
    public void press(String key) {
        press(key, 1);
    }

    /** Presses and releases a key {@code times} in a row, as fast as the page takes them. */
    public void press(String key, int times) {
        Key k = Key.of(key);
        Map<String, Object> down = new HashMap<>(Map.of("type", k.text().isEmpty() ? "rawKeyDown" : "keyDown", "key", k.key(),
                "code", k.code(), "windowsVirtualKeyCode", k.keyCode()));
        if (!k.text().isEmpty()) {
            down.put("text", k.text());
        }
        Map<String, Object> up = Map.of("type", "keyUp", "key", k.key(), "code", k.code(), "windowsVirtualKeyCode", k.keyCode());
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            events.add(down);
            events.add(up);
        }
        devTools.sendAll(sessionId, "Input.dispatchKeyEvent", events);
    }

    private record Key(String key, String code, int keyCode, String text) {
        static Key of(String key) {
            return switch (key) {
                case "Tab" -> new Key("Tab", "Tab", 9, "");
                case "Enter" -> new Key("Enter", "Enter", 13, "\r");
                case "ArrowDown" -> new Key("ArrowDown", "ArrowDown", 40, "");
                default -> throw new IllegalArgumentException("no key " + key);
            };
        }
    }

    /** The viewport in CSS pixels; under 600 wide it is a phone's (meta viewport honoured, touch). */
    public void viewport(int width, int height) {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", width < 600));
    }

    /**
     * Switches the page's own scripts off or on; off, {@link #evaluate} waits (use {@link #html()}),
     * and a page loaded then stays without its scripts when they are switched back on.
     */
    public void scripts(boolean enabled) {
        send("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** A PNG of the whole page, beyond the viewport, at the current width. */
    public void screenshot(Path file) {
        JsonNode size = send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(), "height", size.path("height").asDouble(),
                        "scale", 1)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The README's picture of the page, {@code <name>.png}: refreshed in docs/screenshots/ with
     * {@code -Dweb.refresh=true}, else written to {@code <module>/target/screenshots/}.
     */
    public void readmeScreenshot(String module, String name) {
        Path root = RepoRoot.find();
        screenshot(Boolean.getBoolean("web.refresh") ? root.resolve("docs/screenshots/" + name + ".png")
                : root.resolve(module + "/target/screenshots/" + name + ".png"));
    }

    /** The document's current HTML, read without running any script (works with scripts off). */
    public String html() {
        int document = send("DOM.getDocument", Map.of("depth", 0)).path("root").path("nodeId").asInt();
        return send("DOM.getOuterHTML", Map.of("nodeId", document)).path("outerHTML").asText();
    }

    /** Selects an option of a select as a choice in its list does, without running any script. */
    public void choose(String selectSelector, String value) {
        send("DOM.setAttributeValue", Map.of("nodeId", node(selectSelector + " option[value=\"" + value + "\"]"),
                "name", "selected", "value", "selected"));
    }

    /** The accessibility tree as assistive technology gets it (nodes with role, name and whether ignored). */
    public JsonNode accessibilityTree() {
        return send("Accessibility.getFullAXTree", Map.of()).path("nodes");
    }

    /** JavaScript exceptions and console errors since the page was opened. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Closes the tab. */
    @Override
    public void close() {
        devTools.send(null, "Target.closeTarget", Map.of("targetId", targetId));
    }

    JsonNode send(String method, Map<String, ?> params) {
        return devTools.send(sessionId, method, params);
    }

    private int node(String selector) {
        int document = send("DOM.getDocument", Map.of("depth", 0)).path("root").path("nodeId").asInt();
        int node = send("DOM.querySelector", Map.of("nodeId", document, "selector", selector)).path("nodeId").asInt();
        if (node == 0) {
            throw new IllegalStateException("no element " + selector);
        }
        return node;
    }
}
