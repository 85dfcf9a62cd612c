using System.Globalization;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>Checks submitted field values against a template's fields.json and reports every problem at once, per
/// field, in Chinese: required, type, money with at most 2 decimals, range, length, enum values, identifiers' check
/// characters and date order.</summary>
public static class ContractFieldValidator
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The largest number any field accepts (amounts up to 9,999亿元): larger figures are typing errors, and
    /// the capitals and the layout are built for at most 12 integer digits.</summary>
    public const decimal MaxNumber = 999_999_999_999.99m;

    /// <summary>A party's name (名称/姓名) longer than this is not a name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Free text without its own maxLength in fields.json.</summary>
    public const int MaxTextLength = 2000;

    public static IReadOnlyList<FieldError> Validate(ContractTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new List<FieldError>();
        foreach (var name in values.Keys.Where(k => template.FindField(k) is null).Order(StringComparer.Ordinal))
        {
            errors.Add(new FieldError(name, $"范本「{template.Title}」没有字段 {name}"));
        }

        foreach (var field in template.Fields)
        {
            var value = values.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required)
                {
                    errors.Add(new FieldError(field.Name, $"{field.Label}为必填项"));
                }

                continue;
            }

            if (Problem(field, value) is { } problem)
            {
                errors.Add(new FieldError(field.Name, $"{field.Label}{problem}"));
            }
        }

        errors.AddRange(DateOrderErrors(template, values));
        var invalid = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(FieldCheckEvaluator.Errors(template, values, invalid));
        return errors;
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseNumber(string? value, out decimal number) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    private static string? Problem(TemplateField field, string value) => field.Type switch
    {
        FieldType.Money or FieldType.Area or FieldType.Percent or FieldType.Integer => NumberProblem(field, value),
        FieldType.Date => TryParseDate(value, out _) ? null : $"日期格式应为 {DateFormat}，收到「{value}」",
        FieldType.Enum => field.Values!.Contains(value) ? null : $"只能是：{string.Join("、", field.Values!)}",
        FieldType.UnifiedSocialCreditCode => IdentifierChecks.CreditCodeProblem(value) is { } p ? "：" + p : null,
        FieldType.IdCardNumber => IdentifierChecks.IdNumberProblem(value) is { } p ? "：" + p : null,
        _ => TextProblem(field, value),
    };

    private static string? TextProblem(TemplateField field, string value)
    {
        var limit = field.MaxLength ?? (field.Type == FieldType.Party ? MaxNameLength : MaxTextLength);
        if (field.Type == FieldType.Party)
        {
            limit = Math.Min(limit, MaxNameLength);
        }

        return value.Length > limit ? $"不得超过{limit}个字（实为{value.Length}个）" : null;
    }

    private static string? NumberProblem(TemplateField field, string value)
    {
        if (!TryParseNumber(value, out var number))
        {
            return field.Type == FieldType.Integer ? $"应为整数，收到「{value}」" : $"应为数字，收到「{value}」";
        }

        var decimals = value.Contains('.') ? value.Length - value.IndexOf('.') - 1 : 0;
        var maxDecimals = field.Type switch
        {
            FieldType.Integer => 0,
            FieldType.Money => Math.Min(field.Decimals ?? 2, 2),
            _ => field.Decimals ?? 4,
        };
        if (decimals > maxDecimals)
        {
            return maxDecimals == 0 ? $"应为整数，收到「{value}」" : $"最多保留{maxDecimals}位小数，收到「{value}」";
        }

        var min = field.Min ?? (field.Type == FieldType.Money ? 0 : null);
        if (min is { } lo && number < lo)
        {
            return $"不得小于{lo.ToString(CultureInfo.InvariantCulture)}";
        }

        var max = Math.Min(field.Max ?? MaxNumber, MaxNumber);
        if (number < -MaxNumber)
        {
            return $"不得小于{(-MaxNumber).ToString("#,##0.00", CultureInfo.InvariantCulture)}";
        }

        return number > max ? $"不得大于{Bound(max)}" : null;
    }

    private static string Bound(decimal max) =>
        max == MaxNumber ? max.ToString("#,##0.00", CultureInfo.InvariantCulture) : max.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<FieldError> DateOrderErrors(ContractTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var field in template.Fields.Where(f => f.After is not null))
        {
            var before = template.FindField(field.After!)!;
            if (TryParseDate(values.GetValueOrDefault(field.Name), out var end)
                && TryParseDate(values.GetValueOrDefault(before.Name), out var start) && end <= start)
            {
                yield return new FieldError(field.Name, $"{field.Label}应晚于{before.Label}（{ChineseDates.Format(start)}）");
            }
        }
    }
}
