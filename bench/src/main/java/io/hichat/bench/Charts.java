package io.hichat.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The plots of docs/BENCHMARKS.md, drawn with JFreeChart: latency and throughput over time. */
final class Charts {

  private Charts() {}

  /**
   * One PNG with two panels over the run's seconds: latency percentiles (p50, p99, max of each
   * second, log scale) above, throughput (per second) below.
   */
  static void overTime(
      Path png,
      String title,
      List<?> latency,
      String latencyLabel,
      List<?> throughput,
      String throughputLabel)
      throws IOException {
    XYSeries p50 = new XYSeries("p50");
    XYSeries p99 = new XYSeries("p99");
    XYSeries max = new XYSeries("max");
    for (Object o : latency) {
      Latency.Second s = second(o);
      if (s.count() > 0) {
        p50.add(s.at(), Math.max(s.p50(), 0.01));
        p99.add(s.at(), Math.max(s.p99(), 0.01));
        max.add(s.at(), Math.max(s.max(), 0.01));
      }
    }
    XYSeriesCollection lat = new XYSeriesCollection();
    lat.addSeries(p50);
    lat.addSeries(p99);
    lat.addSeries(max);
    LogarithmicAxis latAxis = new LogarithmicAxis(latencyLabel);
    latAxis.setAllowNegativesFlag(false);
    XYPlot top = new XYPlot(lat, null, latAxis, renderer(Color.BLUE, Color.RED, Color.GRAY));
    XYSeries rate = new XYSeries(throughputLabel);
    for (Object o : throughput) {
      double[] t = point(o);
      rate.add(t[0], t[1]);
    }
    XYPlot bottom =
        new XYPlot(
            new XYSeriesCollection(rate),
            null,
            new NumberAxis(throughputLabel),
            renderer(new Color(0, 128, 0)));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds since start"));
    plot.add(top, 3);
    plot.add(bottom, 2);
    write(png, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /** A second of a run being measured, or the same read back from its results file. */
  static Latency.Second second(Object o) {
    if (o instanceof Latency.Second s) {
      return s;
    }
    Map<String, Object> m = Results.map(o);
    return new Latency.Second(
        num(m.get("at")),
        (long) num(m.get("count")),
        num(m.get("p50")),
        num(m.get("p99")),
        num(m.get("max")));
  }

  /** An (x, y) point: an array while measuring, a list of two numbers read back from a file. */
  static double[] point(Object o) {
    if (o instanceof double[] d) {
      return d;
    }
    List<?> l = (List<?>) o;
    return new double[] {num(l.get(0)), num(l.get(1))};
  }

  private static double num(Object o) {
    return o == null ? 0 : ((Number) o).doubleValue();
  }

  /** Bars of named values (e.g. HiChat against its limit). */
  static void bars(Path png, String title, String axis, List<String> names, List<Double> values)
      throws IOException {
    org.jfree.data.category.DefaultCategoryDataset d =
        new org.jfree.data.category.DefaultCategoryDataset();
    for (int i = 0; i < names.size(); i++) {
      d.addValue(values.get(i), axis, names.get(i));
    }
    JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(title, null, axis, d);
    chart.removeLegend();
    write(png, chart);
  }

  private static XYLineAndShapeRenderer renderer(Color... colors) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < colors.length; i++) {
      r.setSeriesPaint(i, colors[i]);
      r.setSeriesStroke(i, new BasicStroke(1.5f));
    }
    return r;
  }

  private static void write(Path png, JFreeChart chart) throws IOException {
    chart.setBackgroundPaint(Color.WHITE);
    Files.createDirectories(png.getParent());
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 560);
  }
}
