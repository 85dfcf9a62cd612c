namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>A contracting party from the party lines: its role label (甲方, 出租人…) and its name as written.</summary>
public sealed record Party(string Role, string Name, bool IsAgency)
{
    /// <summary>The name without parenthetical notes such as （经××授权）, for suffix tests.</summary>
    public string BareName => PartyParser.StripNotes(Name);
}
