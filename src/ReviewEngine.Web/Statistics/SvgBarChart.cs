using System.Globalization;
using System.Net;
using System.Text;

namespace ReviewEngine.Web.Statistics;

/// <summary>
/// A horizontal bar chart as inline SVG, rendered on the server (no script, no CDN). Horizontal because the labels
/// are Chinese phrases and rule titles that do not fit under vertical bars; the label column is as wide as the longest label. The chart carries role="img" and a title,
/// and every bar its value as text, so it reads without colour and a screen reader gets the table next to it anyway.
/// </summary>
public static class SvgBarChart
{
    private const int MinLabelWidth = 120;
    private const int MaxLabelWidth = 640;
    private const int BarArea = 360;
    private const int RowHeight = 26;
    private const int ValueWidth = 60;

    public static string Render(string title, IReadOnlyList<(string Label, double Value)> bars, Func<double, string>? format = null)
    {
        format ??= v => v.ToString("0.##", CultureInfo.InvariantCulture);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        // Wide enough for the longest label (a rule's title with its id): CJK characters take a full em, others about half.
        var labelWidth = (int)Math.Clamp(bars.Count == 0 ? 0 : bars.Max(b => TextWidth(b.Label)) + 16, MinLabelWidth, MaxLabelWidth);
        var width = labelWidth + BarArea + ValueWidth;
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{Escape(title)}</title>");
        if (bars.Count == 0)
        {
            svg.Append("<text x=\"0\" y=\"18\" fill=\"#4b5563\">暂无数据</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = (i * RowHeight) + 4;
            var length = max <= 0 ? 0 : Math.Max(value > 0 ? 2 : 0, value / max * BarArea);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" fill=\"#1f2937\">{Escape(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\" fill=\"#1d4ed8\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + length + 6:0.#}\" y=\"{y + 16}\" fill=\"#1f2937\">{Escape(format(value))}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static double TextWidth(string s) => s.Sum(c => c >= '\u2E80' ? 16 : 9);

    private static string Escape(string s) => WebUtility.HtmlEncode(s);
}
