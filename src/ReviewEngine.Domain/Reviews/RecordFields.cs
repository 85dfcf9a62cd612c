using System.Globalization;

namespace ReviewEngine.Domain.Reviews;

/// <summary>Reads an action's record fields (<see cref="ActionRequest.Record"/>), collecting every problem in Chinese.</summary>
internal sealed class RecordFields(IReadOnlyDictionary<string, string>? fields, DateOnly today)
{
    public const int MaxLength = 200;

    public List<string> Problems { get; } = [];

    public string Text(string key, string label)
    {
        var value = fields?.GetValueOrDefault(key)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Problems.Add($"须填写{label}（{key}）");
            return "";
        }

        if (value.Length > MaxLength)
        {
            Problems.Add($"{label}（{key}）不能超过 {MaxLength} 字");
        }

        return value;
    }

    /// <summary>A field that may be left empty (null then); when given, as long as a required one may be.</summary>
    public string? Optional(string key, string label)
    {
        var value = fields?.GetValueOrDefault(key)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > MaxLength)
        {
            Problems.Add($"{label}（{key}）不能超过 {MaxLength} 字");
        }

        return value;
    }

    public DateOnly Date(string key, string label)
    {
        var value = fields?.GetValueOrDefault(key)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Problems.Add($"须填写{label}（{key}，yyyy-MM-dd）");
            return default;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 2000)
        {
            Problems.Add($"{label}（{key}）须为 yyyy-MM-dd 格式的日期（收到 '{value}'）");
            return default;
        }

        if (date > today)
        {
            Problems.Add($"{label}（{key}）不能晚于今天");
        }

        return date;
    }
}
