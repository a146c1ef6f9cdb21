package hall.surveys.statistics.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An SVG bar chart of satisfaction rates per department, last year's bar beside this year's, with Chinese labels,
 * the rate above each bar, a 0-100% axis and a legend. A bar's height is its rate times the plot height; a year
 * without valid answers draws no bar. Each bar carries {@code data-department}, {@code data-year} and
 * {@code data-rate} so that tools (and tests) can read the figures back.
 */
public final class DepartmentChart {

    public static final int PLOT_HEIGHT = 200;
    private static final int TOP = 50;
    private static final int LEFT = 50;
    private static final int BAR = 28;
    private static final int GROUP = 90;
    private static final String LAST_COLOUR = "#9e9e9e";
    private static final String THIS_COLOUR = "#1e88e5";

    /** Chinese names of the property departments; hall windows and other tags are shown as they are. */
    private static final Map<String, String> NAMES = Map.of("ENGINEERING", "工程维修", "ORDER_SECURITY", "秩序维护",
            "CLEANING", "保洁", "GENERAL_AFFAIRS", "综合事务", "CUSTOMER_SERVICE", "客户服务", "WINDOW", "窗口服务");

    private DepartmentChart() {
    }

    public static String departmentName(String tag) {
        return NAMES.getOrDefault(tag, tag);
    }

    public static String svg(String title, int lastYear, int thisYear, List<YearOnYear.Row> rows) {
        int width = LEFT + Math.max(1, rows.size()) * GROUP + 30;
        int height = TOP + PLOT_HEIGHT + 60;
        int base = TOP + PLOT_HEIGHT;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.append("<title>").append(escape(title)).append("</title>\n");
        s.append("<text x=\"").append(LEFT).append("\" y=\"20\" font-size=\"15\">").append(escape(title)).append("</text>\n");
        legend(s, LEFT, 36, LAST_COLOUR, lastYear + "年");
        legend(s, LEFT + 80, 36, THIS_COLOUR, thisYear + "年");
        for (int p = 0; p <= 100; p += 25) {
            int y = base - PLOT_HEIGHT * p / 100;
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 20)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#e0e0e0\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(p).append("%</text>\n");
        }
        int x = LEFT + 12;
        for (YearOnYear.Row r : rows) {
            bar(s, x, base, r.department(), lastYear, r.lastYear(), LAST_COLOUR);
            bar(s, x + BAR + 4, base, r.department(), thisYear, r.thisYear(), THIS_COLOUR);
            s.append("<text x=\"").append(x + BAR + 2).append("\" y=\"").append(base + 18)
                    .append("\" text-anchor=\"middle\">").append(escape(departmentName(r.department()))).append("</text>\n");
            x += GROUP;
        }
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(base).append("\" x2=\"").append(width - 20)
                .append("\" y2=\"").append(base).append("\" stroke=\"#424242\"/>\n");
        return s.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder s, int x, int base, String department, int year, Double rate, String colour) {
        if (rate == null) {
            return;
        }
        double h = rate * PLOT_HEIGHT;
        String height = String.format(Locale.ROOT, "%.2f", h);
        String y = String.format(Locale.ROOT, "%.2f", base - h);
        s.append("<rect class=\"bar\" data-department=\"").append(escape(department)).append("\" data-year=\"")
                .append(year).append("\" data-rate=\"").append(rate).append("\" x=\"").append(x).append("\" y=\"")
                .append(y).append("\" width=\"").append(BAR).append("\" height=\"").append(height)
                .append("\" fill=\"").append(colour).append("\"><title>").append(escape(departmentName(department)))
                .append(' ').append(year).append("年 ").append(percent(rate)).append("</title></rect>")
                .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(String.format(Locale.ROOT, "%.2f", base - h - 4))
                .append("\" text-anchor=\"middle\" font-size=\"10\">").append(percent(rate)).append("</text>\n");
    }

    private static void legend(StringBuilder s, int x, int y, String colour, String label) {
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(colour).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y).append("\">")
                .append(escape(label)).append("</text>\n");
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
