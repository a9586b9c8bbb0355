package dev.gridbot.app.analysis;

import dev.gridbot.engine.RunDefinition;

/** What report.html is made of: the statistics and the chart series of one window. */
record ReportData(RunStats stats, ChartSeries series, RunDefinition definition) {
}
