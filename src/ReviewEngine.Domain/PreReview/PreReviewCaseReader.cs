using System.Globalization;
using System.Text.Json;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// Reads the CLI case shape {"kind","title","text","meta":{…}} and key=value meta pairs. Malformed values of known
/// keys are errors, because a silently dropped date would silently disable a check. Any other key holding text is a
/// file fact under the registrar's own name (creditCheck, 备案情况) and joins <c>facts</c>: the checks read facts by
/// what they say, not by key, so a note filed beside the form is not lost.
/// </summary>
public static class PreReviewCaseReader
{
    public static PreReviewInput FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    public static PreReviewInput FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("case must be a JSON object");
        }
        var kindName = StringOf(root, "kind") ?? throw new FormatException("missing \"kind\"");
        if (!PreReviewKinds.TryParse(kindName, out var kind))
        {
            throw new FormatException($"unknown kind \"{kindName}\" (expected one of {string.Join(", ", PreReviewKinds.WireNames)})");
        }
        var text = StringOf(root, "text") ?? throw new FormatException("missing \"text\"");
        var hasMeta = root.TryGetProperty("meta", out var metaElement) && metaElement.ValueKind != JsonValueKind.Null;
        if (hasMeta && metaElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("\"meta\" must be an object of key → value");
        }

        var meta = hasMeta ? MetaFromJson(metaElement) : new PreReviewMeta();
        return new PreReviewInput(kind, StringOf(root, "title") ?? string.Empty, text, meta);
    }

    public static PreReviewMeta MetaFromPairs(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var cut = pair.IndexOf('=');
            if (cut <= 0)
            {
                throw new FormatException($"--meta expects key=value, got \"{pair}\"");
            }
            values[pair[..cut].Trim()] = pair[(cut + 1)..].Trim();
        }
        string? Get(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        return new PreReviewMeta
        {
            Issuer = Get("issuer"),
            DraftedOn = DateOf(Get("draftedOn"), "draftedOn"),
            EffectiveOn = DateOf(Get("effectiveOn"), "effectiveOn"),
            PublicCommentDays = IntOf(Get("publicCommentDays"), "publicCommentDays"),
            FairCompetitionReview = BoolOf(Get("fairCompetitionReview"), "fairCompetitionReview"),
            Subtype = Get("subtype"),
            Counterparty = Get("counterparty"),
            Amount = DecimalOf(Get("amount"), "amount"),
            Attachments = Get("attachments")?.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Facts = values.Where(v => !KnownKeys.Contains(v.Key) && v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal) is { Count: > 0 } extra ? extra : null,
        };
    }

    private static PreReviewMeta MetaFromJson(JsonElement meta) => new()
    {
        Issuer = StringOf(meta, "issuer"),
        DraftedOn = DateOf(StringOf(meta, "draftedOn"), "draftedOn"),
        EffectiveOn = DateOf(StringOf(meta, "effectiveOn"), "effectiveOn"),
        PublicCommentDays = IntOf(StringOf(meta, "publicCommentDays"), "publicCommentDays"),
        FairCompetitionReview = BoolOf(StringOf(meta, "fairCompetitionReview"), "fairCompetitionReview"),
        Subtype = StringOf(meta, "subtype"),
        Counterparty = StringOf(meta, "counterparty"),
        Amount = DecimalOf(StringOf(meta, "amount"), "amount"),
        Attachments = meta.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => a.ToString()).ToList()
            : null,
        Facts = FactsOf(meta),
    };

    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "issuer", "draftedOn", "effectiveOn", "publicCommentDays", "fairCompetitionReview", "subtype", "counterparty", "amount", "attachments", "facts",
    };

    private static Dictionary<string, string>? FactsOf(JsonElement meta)
    {
        var facts = meta.TryGetProperty("facts", out var given) && given.ValueKind == JsonValueKind.Object
            ? given.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.GetRawText(), StringComparer.Ordinal)
            : null;
        foreach (var extra in meta.EnumerateObject().Where(p => !KnownKeys.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.String))
        {
            if (extra.Value.GetString() is { Length: > 0 } text)
            {
                facts ??= new Dictionary<string, string>(StringComparer.Ordinal);
                facts.TryAdd(extra.Name, text);
            }
        }
        return facts;
    }

    // Numbers and booleans are accepted both as JSON literals and as strings.
    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FormatException($"\"{name}\" must be a string, number or boolean"),
        } : null;

    private static DateOnly? DateOf(string? value, string key) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new FormatException($"meta {key} must be yyyy-MM-dd, got \"{value}\"");

    private static int? IntOf(string? value, string key) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"meta {key} must be a whole number, got \"{value}\"");

    private static decimal? DecimalOf(string? value, string key) =>
        value is null ? null
        : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"meta {key} must be a number, got \"{value}\"");

    private static bool? BoolOf(string? value, string key) =>
        value is null ? null
        : bool.TryParse(value, out var b) ? b
        : throw new FormatException($"meta {key} must be true or false, got \"{value}\"");
}
