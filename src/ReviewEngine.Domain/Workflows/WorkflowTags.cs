using System.Text.Json;

namespace ReviewEngine.Domain.Workflows;

/// <summary>The words of the tag vocabulary (camelCase enum names) and which tags must be unique, final or present.</summary>
public static class WorkflowTags
{
    /// <summary>Files of this schema version carry their tags; version 1 files take them from <see cref="SchemaVersion1Tags"/>.</summary>
    public const int TaggedSchemaVersion = 2;

    public static IReadOnlySet<StateTag> UniqueStateTags { get; } = new HashSet<StateTag> { StateTag.Archived, StateTag.Withdrawn, StateTag.OutOfScope };

    public static IReadOnlySet<StateTag> FinalStateTags { get; } = new HashSet<StateTag> { StateTag.Archived, StateTag.Withdrawn, StateTag.OutOfScope };

    public static IReadOnlySet<StateTag> RequiredStateTags { get; } = new HashSet<StateTag> { StateTag.Archived };

    public static IReadOnlySet<ActionTag> RequiredActionTags { get; } = new HashSet<ActionTag> { ActionTag.Accept };

    public static string Word<T>(T tag)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(tag.ToString());

    public static IEnumerable<string> Words<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(Word);

    public static bool TryParse<T>(string? word, out T tag)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>().Where(v => Word(v) == word))
        {
            tag = value;
            return true;
        }

        tag = default;
        return false;
    }
}
