package no.jobbstotte.localcloud.testing.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Keyboard-only use of a page: where Tab takes the focus, and whether a person can see it there. */
public final class Keyboard {

    /**
     * The page's controls in the order Tab should reach them: links, buttons and form fields that
     * are shown and enabled, and of each radio group only the checked one; named by id, else text.
     */
    public static final String CONTROLS = """
            [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')]
              .filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0)
              .filter(e => e.type !== 'radio' || e.checked)
              .map(e => e.id || e.textContent.trim())""";

    private Keyboard() {}

    /** One focus as it happened: the element's id (else its text), and whether the focus showed. */
    public record Focus(String name, boolean visible) {}

    /**
     * Presses Tab {@code presses} times and returns each focus in turn; visible means
     * {@code :focus-visible} with a solid outline of at least 2px.
     */
    public static List<Focus> tab(BrowserPage page, int presses) {
        page.evaluate("""
                window.focused = [];
                document.addEventListener('focusin', ({ target: e }) => window.focused.push({
                  name: e.id || e.textContent.trim(), visible: e.matches(':focus-visible')
                    && getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) >= 2 }))""");
        page.press("Tab", presses);
        List<Focus> focused = new ArrayList<>();
        for (JsonNode focus : page.evaluate("window.focused")) {
            focused.add(new Focus(focus.get("name").asText(), focus.get("visible").asBoolean()));
        }
        return focused;
    }

    /** The names of {@link #CONTROLS} on the page as it is now. */
    public static List<String> controls(BrowserPage page) {
        return page.strings(CONTROLS);
    }
}
