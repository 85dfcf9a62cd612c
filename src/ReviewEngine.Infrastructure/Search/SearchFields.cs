namespace ReviewEngine.Infrastructure.Search;

/// <summary>Field names of the template index and their query-time weights
/// (title &gt; aliases/tags &gt; clause heading &gt; clause text).</summary>
internal static class SearchFields
{
    public const string Type = "type";
    public const string TypeCode = "typeCode";
    public const string TemplateId = "templateId";
    public const string ClauseId = "clauseId";
    public const string Kind = "kind";
    public const string Category = "category";
    public const string Title = "title";
    public const string Tags = "tags";
    public const string Heading = "heading";
    public const string Body = "body";
    public const string FirstClauseId = "firstClauseId";
    public const string FirstClauseHeading = "firstClauseHeading";
    public const string OpinionId = "opinionId";
    public const string IssueNo = "issueNo";
    public const string Conclusion = "conclusion";
    public const string Year = "year";

    public static IReadOnlyList<(string Field, float Weight)> Weighted { get; } =
    [
        (Title, 4f),
        (Tags, 3f),
        (Heading, 2f),
        (Body, 1f),
    ];
}
