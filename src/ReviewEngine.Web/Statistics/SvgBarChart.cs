using System.Globalization;
using System.Net;
using System.Text;

namespace ReviewEngine.Web.Statistics;

/// <summary>
/// A horizontal bar chart as inline SVG, rendered on the server (no script, no CDN). Horizontal because the labels
/// are Chinese phrases and rule ids that do not fit under vertical bars. The chart carries role="img" and a title,
/// and every bar its value as text, so it reads without colour and a screen reader gets the table next to it anyway.
/// </summary>
public static class SvgBarChart
{
    private const int LabelWidth = 200;
    private const int BarArea = 360;
    private const int RowHeight = 26;
    private const int ValueWidth = 60;

    public static string Render(string title, IReadOnlyList<(string Label, double Value)> bars, Func<double, string>? format = null)
    {
        format ??= v => v.ToString("0.##", CultureInfo.InvariantCulture);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var width = LabelWidth + BarArea + ValueWidth;
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
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" fill=\"#1f2937\">{Escape(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\" fill=\"#1d4ed8\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 16}\" fill=\"#1f2937\">{Escape(format(value))}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Escape(string s) => WebUtility.HtmlEncode(s);
}
