package org.reciprocity.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void aLineChartHandsTheBrowserEscapedLabelsGapsAndAFixedScale() {
        var chart = new Chart("Scores", "Show the numbers");
        chart.line(List.of("Jan \"26\"", "Feb</script>"), List.of(new Chart.Series("Me\\you", Arrays.asList(3, null))),
                1.0, 5.0);
        assertThat(chart.spec()).isEqualTo("{\"type\":\"line\",\"labels\":[\"Jan \\\"26\\\"\",\"Feb\\u003c/script>\"],"
                + "\"series\":[{\"label\":\"Me\\\\you\",\"values\":[3,null]}],\"min\":1.0,\"max\":5.0}");
    }

    @Test
    void theNumbersAreAlsoATableForPeopleWhoReadRatherThanLook() {
        var chart = new Chart("Scores", "Show the numbers");
        chart.bar(List.of("Management"), List.of(new Chart.Series("Customers", List.of(3.7))));
        var html = chart.getElement().getOuterHTML();
        assertThat(html).contains("<th scope=\"col\">Customers</th>", "<th scope=\"row\">Management</th>",
                "<td>3.7</td>");
        assertThat(html).contains("role=\"img\"", "aria-label=\"Scores\"");
    }
}
