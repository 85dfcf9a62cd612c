using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// Fills content controls (w:sdt) by their tag. Robust however Word split the runs (stack.md §4): the first text
/// gets the value, the others are removed. The placeholder state and its grey formatting are cleared so the
/// filled value looks like ordinary text.
/// </summary>
internal static class ContentControlFiller
{
    public static IEnumerable<string> Fill(OpenXmlElement root, IReadOnlyDictionary<string, string> values)
    {
        var filled = new List<string>();
        foreach (var sdt in root.Descendants<SdtElement>().ToList())
        {
            var tag = sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
            if (tag is null || !values.TryGetValue(tag, out var value))
            {
                continue;
            }

            sdt.SdtProperties!.RemoveAllChildren<ShowingPlaceholder>();
            var content = sdt.ChildElements.First(c => c is SdtContentRun or SdtContentBlock or SdtContentCell or SdtContentRow);
            var texts = content.Descendants<Text>().ToList();
            if (texts.Count == 0)
            {
                AppendRun(content, value);
            }
            else
            {
                texts[0].Text = value;
                texts[0].Space = SpaceProcessingModeValues.Preserve;
                texts.Skip(1).ToList().ForEach(t => t.Remove());
            }

            foreach (var run in content.Descendants<Run>())
            {
                run.RunProperties?.RemoveAllChildren<Color>();
                run.RunProperties?.RemoveAllChildren<RunStyle>();
            }

            filled.Add(tag);
        }

        return filled;
    }

    private static void AppendRun(OpenXmlElement content, string value)
    {
        var run = new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve });
        if (content is SdtContentRun)
        {
            content.Append(run);
        }
        else if (content.Descendants<Paragraph>().FirstOrDefault() is { } paragraph)
        {
            paragraph.Append(run);
        }
    }
}
