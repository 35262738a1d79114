package org.reciprocity.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A line or bar chart drawn by Chart.js, which is served as a static script from its WebJar (no Node build).
 * Beside the drawing, a table of the same numbers that everyone can open — screen readers and people who would
 * rather read than look. The canvas carries the title as its accessible name.
 *
 * <pre>
 * var chart = new Chart(getTranslation(titleKey), getTranslation(numbersKey));
 * chart.line(List.of("Jan", "Feb"), List.of(new Chart.Series("Score", List.of(3, 4))), 1.0, 5.0);
 * </pre>
 */
public class Chart extends Div {

    /** One named row of values; null where there is no value (the line has a gap there). */
    public record Series(String label, List<? extends @Nullable Number> values) {
    }

    static final String CHART_JS = "context://webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.js";
    static final String GLUE = "context://chart-glue.js";

    private final Element canvas = new Element("canvas");
    private final Div table = new Div();
    private String spec = "";

    /**
     * @param title        the chart's accessible name
     * @param numbersLabel the label of the toggle that shows the numbers as a table
     */
    public Chart(String title, String numbersLabel) {
        addClassName("chart");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", title);
        var frame = new Div();
        frame.addClassName("chart-frame");
        frame.getElement().appendChild(canvas);
        table.addClassName("chart-table");
        var numbers = new Details(numbersLabel, table);
        numbers.addClassName("chart-numbers");
        add(frame, numbers);
    }

    /** Draws lines over the labels (x axis); {@code min}/{@code max} fix the y axis when given. */
    public Chart line(List<String> labels, List<Series> series, @Nullable Double min, @Nullable Double max) {
        return draw("line", labels, series, min, max);
    }

    /** Draws grouped bars over the labels, from zero up. */
    public Chart bar(List<String> labels, List<Series> series) {
        return draw("bar", labels, series, 0.0, null);
    }

    /** Draws grouped bars over the labels on a fixed scale, such as 0–5 for average scores. */
    public Chart bar(List<String> labels, List<Series> series, double min, double max) {
        return draw("bar", labels, series, min, max);
    }

    /** What the browser is asked to draw, as JSON — for tests that check a chart without a browser. */
    public String spec() {
        return spec;
    }

    private Chart draw(String type, List<String> labels, List<Series> series, @Nullable Double min,
                       @Nullable Double max) {
        var json = new StringBuilder("{\"type\":").append(quote(type)).append(",\"labels\":[");
        for (var i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        json.append("],\"series\":[");
        for (var i = 0; i < series.size(); i++) {
            var s = series.get(i);
            json.append(i == 0 ? "" : ",").append("{\"label\":").append(quote(s.label())).append(",\"values\":[");
            for (var j = 0; j < s.values().size(); j++) {
                var v = s.values().get(j);
                json.append(j == 0 ? "" : ",").append(v == null ? "null" : v.toString());
            }
            json.append("]}");
        }
        json.append("],\"min\":").append(min == null ? "null" : min).append(",\"max\":")
                .append(max == null ? "null" : max).append('}');
        spec = json.toString();
        fillTable(labels, series);
        render();
        return this;
    }

    private void fillTable(List<String> labels, List<Series> series) {
        table.removeAll();
        var t = new Element("table");
        var head = new Element("tr");
        head.appendChild(new Element("th").setText(""));
        series.forEach(s -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(s.label())));
        t.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (var i = 0; i < labels.size(); i++) {
            var row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(labels.get(i)));
            for (var s : series) {
                var v = i < s.values().size() ? s.values().get(i) : null;
                row.appendChild(new Element("td").setText(v == null ? "–" : v.toString()));
            }
            body.appendChild(row);
        }
        t.appendChild(body);
        table.getElement().appendChild(t);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(CHART_JS);
        event.getUI().getPage().addJavaScript(GLUE);
        render();
    }

    private void render() {
        if (spec.isEmpty() || !isAttached()) {
            return;
        }
        canvas.executeJs("const c = this, s = $0;"
                + "(function go(n) { if (window.reciprocityCharts && window.Chart) window.reciprocityCharts.render(c, s);"
                + " else if (n < 100) setTimeout(() => go(n + 1), 100); })(0);", spec);
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (var ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String chartJsVersion() {
        try (var in = Chart.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                return "4.4.1";
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "4.4.1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
