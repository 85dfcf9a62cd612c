using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents;

/// <summary>Renders list labels of numbered paragraphs (decimal and Chinese counting), keeping one counter per list level.</summary>
internal sealed class NumberingRenderer(Numbering? numbering)
{
    private const string ChineseDigits = "零一二三四五六七八九";
    private readonly Dictionary<(int NumId, int Level), int> _counters = [];

    public string Label(Paragraph paragraph)
    {
        var numProps = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = numProps?.NumberingId?.Val?.Value;
        if (numbering is null || numId is null or 0)
        {
            return string.Empty;
        }
        var level = numProps!.NumberingLevelReference?.Val?.Value ?? 0;
        var definition = LevelDefinition(numId.Value, level);
        if (definition?.LevelText?.Val?.Value is not { } pattern)
        {
            return string.Empty;
        }
        var count = Increment(numId.Value, level, definition.StartNumberingValue?.Val?.Value ?? 1);
        var format = definition.NumberingFormat?.Val?.Value;
        var rendered = format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.ChineseLegalSimplified
            ? ToChinese(count)
            : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return pattern.Replace($"%{level + 1}", rendered, StringComparison.Ordinal) + " ";
    }

    private Level? LevelDefinition(int numId, int level)
    {
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abstractNum = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        return abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
    }

    private int Increment(int numId, int level, int start)
    {
        var count = _counters.TryGetValue((numId, level), out var current) ? current + 1 : start;
        _counters[(numId, level)] = count;
        // A new item at this level restarts the deeper levels.
        foreach (var deeper in _counters.Keys.Where(k => k.NumId == numId && k.Level > level).ToList())
        {
            _counters.Remove(deeper);
        }
        return count;
    }

    private static string ToChinese(int n)
    {
        if (n < 10)
        {
            return ChineseDigits[n].ToString();
        }
        if (n < 100)
        {
            var tens = n / 10 == 1 ? "十" : ChineseDigits[n / 10] + "十";
            return n % 10 == 0 ? tens : tens + ChineseDigits[n % 10];
        }
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
