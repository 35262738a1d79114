// Draws the charts of org.reciprocity.shared.ui.Chart with Chart.js (loaded before this as a static script).
// Colours, dashes and point shapes differ per series, so that the lines stay apart without colour vision.
window.reciprocityCharts = window.reciprocityCharts || {
    palette: ['#1f6fd1', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490'],
    dashes: [[], [6, 4], [2, 3], [10, 3, 2, 3]],
    points: ['circle', 'triangle', 'rectRot', 'rect', 'star', 'crossRot'],

    render(canvas, json) {
        const spec = JSON.parse(json);
        const style = getComputedStyle(canvas);
        const text = style.getPropertyValue('--lumo-secondary-text-color').trim() || '#555';
        const grid = 'rgba(128, 128, 128, 0.25)'; // Lumo's contrast colours are not in a form Chart.js parses
        const line = spec.type === 'line';
        const datasets = spec.series.map((s, i) => ({
            label: s.label,
            data: s.values,
            borderColor: this.palette[i % this.palette.length],
            backgroundColor: this.palette[i % this.palette.length],
            borderDash: line ? this.dashes[i % this.dashes.length] : undefined,
            pointStyle: this.points[i % this.points.length],
            pointRadius: line ? 5 : undefined,
            borderWidth: 2,
            tension: 0.25,
            spanGaps: false
        }));
        const config = {
            type: spec.type,
            data: {labels: spec.labels, datasets},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                interaction: {mode: 'index', intersect: false},
                scales: {
                    x: {ticks: {color: text, autoSkip: true, maxRotation: 0}, grid: {color: grid}},
                    y: {min: spec.min ?? undefined, max: spec.max ?? undefined, ticks: {color: text, precision: 0},
                        grid: {color: grid}}
                },
                plugins: {legend: {position: 'bottom', labels: {color: text, usePointStyle: true}}}
            }
        };
        if (canvas.$chart) {
            canvas.$chart.destroy();
        }
        canvas.$chart = new window.Chart(canvas, config);
    }
};
