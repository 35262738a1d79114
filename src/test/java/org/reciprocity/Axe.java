package org.reciprocity;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core from its WebJar (test scope, no Node build), put into every document a page loads before the page's
 * own scripts as an init script (so the portal's Content-Security-Policy has no say), and run on the whole page,
 * shadow roots of Vaadin's components included. It checks WCAG 2.0/2.1 A and AA and axe's best practices.
 */
final class Axe {

    /** One element that fails one rule, as axe names it: its selector path, shadow roots joined by {@code >>>}. */
    record Violation(String rule, String impact, String target, String help, String html, String summary) {

        boolean serious() {
            return impact.equals("critical") || impact.equals("serious");
        }
    }

    private static final String RUN = """
            async () => {
                const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                    resultTypes: ['violations']
                });
                const path = t => Array.isArray(t) ? t.join(' >>> ') : String(t);
                return result.violations.flatMap(v => v.nodes.map(n => ({
                    rule: v.id, impact: n.impact || v.impact || 'minor', help: v.help,
                    target: n.target.map(path).join(' , '), html: (n.html || '').slice(0, 200),
                    summary: ((n.failureSummary || '') + [...n.any, ...n.all, ...n.none]
                        .flatMap(c => c.relatedNodes || []).map(r => ' related: ' + path(r.target[0]) + ' '
                            + (r.html || '').slice(0, 120)).join('')).replace(/\\s+/g, ' ').slice(0, 600)
                })));
            }""";

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The axe-core version of the WebJar on the test class path. */
    static String version() {
        try (var in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("No axe-core WebJar on the test class path (org.webjars.npm:axe-core)", e);
        }
    }

    /** Every document this page loads from now on carries {@code window.axe}. */
    static void install(Page page) {
        page.addInitScript(SCRIPT);
    }

    /** Runs axe on the page as it is now. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(Page page) {
        var found = new ArrayList<Violation>();
        for (var node : (List<Map<String, Object>>) page.evaluate(RUN)) {
            found.add(new Violation(text(node, "rule"), text(node, "impact"), text(node, "target"), text(node, "help"),
                    text(node, "html"), text(node, "summary")));
        }
        return found;
    }

    private static String text(Map<String, Object> node, String key) {
        return String.valueOf(node.get(key));
    }

    private static String load() {
        var resource = "/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
        try (var in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " in the axe-core WebJar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
