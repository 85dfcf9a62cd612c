namespace ReviewEngine.Domain.Signing;

/// <summary>
/// The text to be signed against the text that was reviewed, both normalised (<see cref="NormalisedText"/>). When they
/// differ, <see cref="Paragraph"/> is the 1-based paragraph of the reviewed text where the first difference lies, with
/// the two versions of that paragraph as written.
/// </summary>
public sealed record TextComparison(string ReviewedHash, string SignedHash, int? Paragraph, string? ReviewedExcerpt, string? SignedExcerpt)
{
    private const int ExcerptLength = 60;

    public bool Identical => ReviewedHash == SignedHash;

    /// <summary>The stored file the reviewed text was read from (its own SHA-256), kept on the signing record.</summary>
    public string? ReviewedDocumentSha256 { get; init; }

    public static TextComparison Of(NormalisedText reviewed, NormalisedText signed)
    {
        if (reviewed.Hash == signed.Hash)
        {
            return new TextComparison(reviewed.Hash, signed.Hash, null, null, null);
        }

        var at = FirstDifference(reviewed.Joined, signed.Joined);
        var (rp, ro) = Locate(reviewed, at);
        var (sp, so) = Locate(signed, at);

        // One text ends where the other goes on within a paragraph: the difference is in that paragraph, not after it.
        rp = rp == reviewed.Paragraphs.Count && so > 0 ? rp - 1 : rp;
        sp = sp == signed.Paragraphs.Count && ro > 0 ? sp - 1 : sp;
        return new TextComparison(reviewed.Hash, signed.Hash, rp + 1, Excerpt(reviewed, rp), Excerpt(signed, sp));
    }

    /// <summary>未经合法性审查的文本不得签订: where the texts part, in words a drafter can act on.</summary>
    public string Describe() => Identical
        ? "签订文本与审查通过的文本一致"
        : $"未经合法性审查的文本不得签订：签订文本与审查通过的文本不一致，自审查文本第 {Paragraph} 段起不同"
          + $"（审查文本：「{ReviewedExcerpt}」；签订文本：「{SignedExcerpt}」）。请按审查通过的文本签订，或重新送审（新一轮审查）。";

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    // The paragraph holding character `at` of the joined text; past the end, one after the last (text added or cut).
    private static (int Paragraph, int Offset) Locate(NormalisedText text, int at)
    {
        var start = 0;
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            var end = start + text.Paragraphs[i].Length;
            if (at < end)
            {
                return (i, at - start);
            }

            start = end;
        }

        return (text.Paragraphs.Count, 0);
    }

    private static string Excerpt(NormalisedText text, int paragraph)
    {
        if (paragraph >= text.Original.Count)
        {
            return "（无）";
        }

        var p = text.Original[paragraph];
        return p.Length <= ExcerptLength ? p : p[..ExcerptLength] + "…";
    }
}
