using System.Text.RegularExpressions;

namespace ReviewEngine.Application.Opinions;

/// <summary>Checklist ids (N-CONT-02, C-DISP-01) are the engine's names for rules; a letter that leaves the building
/// speaks of the problem, not of our rule ids.</summary>
public static partial class RuleCodes
{
    [GeneratedRegex(@"[\[【(（]?(?<![A-Za-z0-9-])[A-Z]-[A-Z]+-\d\d(?![0-9])[\]】)）]?[\s:：、，,]*")]
    public static partial Regex Pattern();

    public static string Strip(string? text) => Pattern().Replace(text ?? "", "").Trim();
}
