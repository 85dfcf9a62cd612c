using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// A rule-file field written either as one string or as an array of strings ("authority": "penalty" or
/// ["cremation-zone", "fishing-ban"]): a detector that applies the same reading to several matters is written once.
/// </summary>
internal sealed class OneOrManyConverter : JsonConverter<List<string>>
{
    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected a string or an array of strings");
        }
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("expected a string or an array of strings"));
        }
        return values;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
