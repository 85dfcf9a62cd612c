using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewEngine.Domain;

/// <summary>Shared serializer settings: data files are camelCase and unknown members are errors, not silently dropped.</summary>
public static class JsonOptions
{
    public static JsonSerializerOptions Strict { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Compact camelCase output for JSON columns and CLI output; Chinese kept readable.</summary>
    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
