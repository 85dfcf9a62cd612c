namespace ReviewEngine.Infrastructure.Search;

/// <summary>A template in a grouped result, before its stored fields and highlights are loaded.
/// Doc ids are top-level (index-wide) ids.</summary>
internal sealed class GroupedHit(float score)
{
    public string TemplateId { get; set; } = "";

    public float Score { get; set; } = score;

    public int? ClauseDoc { get; set; }

    public float ClauseScore { get; set; } = float.NegativeInfinity;

    public int? TemplateDoc { get; set; }

    public void Merge(GroupedHit other)
    {
        Score = Math.Max(Score, other.Score);
        TemplateDoc ??= other.TemplateDoc;
        if (other.ClauseScore > ClauseScore)
        {
            (ClauseDoc, ClauseScore) = (other.ClauseDoc, other.ClauseScore);
        }
    }
}
