package org.reciprocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reciprocity.Axe.Violation;

/**
 * The axe violations we accept, each with its reason: all inside Vaadin's own components, where our code cannot
 * reach. One entry a line in {@code src/test/resources/accessibility/accepted-violations.txt}:
 * {@code rule id | regular expression found in the target selector | why it is accepted}. A violation no entry
 * matches is ours to fix; an entry nothing matched during a run is reported, so the list does not rot.
 */
final class AcceptedViolations {

    static final String RESOURCE = "/accessibility/accepted-violations.txt";

    record Entry(String rule, Pattern target, String reason, String source) {

        boolean matches(Violation violation) {
            return rule.equals(violation.rule()) && target.matcher(violation.target()).find();
        }

        @Override
        public String toString() {
            return rule + " | " + target.pattern() + " (" + source + ")";
        }
    }

    private final List<Entry> entries;
    private final Map<Entry, Integer> matched = new LinkedHashMap<>();

    private AcceptedViolations(List<Entry> entries) {
        this.entries = entries;
    }

    static AcceptedViolations load() {
        try (InputStream in = AcceptedViolations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the test class path");
            }
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            var entries = new ArrayList<Entry>();
            for (int n = 0; n < lines.size(); n++) {
                var line = lines.get(n).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split("\\s+\\|\\s+", 3);
                var source = "accepted-violations.txt:" + (n + 1);
                if (cells.length != 3 || cells[2].isBlank()) {
                    throw new IllegalStateException(source + ": want 'rule | target pattern | reason', got " + line);
                }
                entries.add(new Entry(cells[0], Pattern.compile(cells[1]), cells[2], source));
            }
            return new AcceptedViolations(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an entry accepts the violation (counted for {@link #unused}). */
    boolean accepts(Violation violation) {
        for (var entry : entries) {
            if (entry.matches(violation)) {
                matched.merge(entry, 1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    int size() {
        return entries.size();
    }

    /** How often each entry matched so far, in the file's order. */
    Map<Entry, Integer> matched() {
        return matched;
    }

    /** Entries that matched nothing so far: candidates to delete. */
    List<Entry> unused() {
        return entries.stream().filter(e -> !matched.containsKey(e)).toList();
    }
}
