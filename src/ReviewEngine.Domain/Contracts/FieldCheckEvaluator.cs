using System.Globalization;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>Applies a template's <see cref="FieldCheck"/>s to values that passed the per-field checks: a total that is
/// not the sum of its parts, a part larger than its whole, a date before the date it may not precede. Each error
/// names the checked field and the fields it is compared with. A missing optional part counts as 0.</summary>
internal static class FieldCheckEvaluator
{
    public static IEnumerable<FieldError> Errors(ContractTemplate template, IReadOnlyDictionary<string, string?> values, ISet<string> invalid)
    {
        foreach (var check in template.Checks)
        {
            if (invalid.Contains(check.Field) || check.Others.Any(invalid.Contains) || !Applies(check, values))
            {
                continue;
            }

            var field = template.FindField(check.Field)!;
            var others = check.Others.Select(n => template.FindField(n)!).ToList();
            if (Problem(check, field, others, values) is { } problem)
            {
                yield return new FieldError(check.Field, problem + (check.Help is null ? "" : $"（{check.Help}）"));
            }
        }
    }

    private static bool Applies(FieldCheck check, IReadOnlyDictionary<string, string?> values) =>
        check.WhenField is null || values.GetValueOrDefault(check.WhenField)?.Trim() == check.WhenEquals;

    private static string? Problem(FieldCheck check, TemplateField field, List<TemplateField> others, IReadOnlyDictionary<string, string?> values)
    {
        switch (check.Kind)
        {
            case FieldCheckKind.Sum:
                if (!ContractFieldValidator.TryParseNumber(values.GetValueOrDefault(field.Name), out var total))
                {
                    return null;
                }

                var sum = others.Sum(o => ContractFieldValidator.TryParseNumber(values.GetValueOrDefault(o.Name), out var part) ? part : 0m);
                var mode = check.WhenField is null ? "" : $"{check.WhenEquals}的，";
                return total == sum ? null
                    : $"{field.Label}应为{string.Join("、", others.Select(o => o.Label))}之和：{mode}合计{Money(sum)}元，填写的是{Money(total)}元";
            case FieldCheckKind.AtMost:
                return ContractFieldValidator.TryParseNumber(values.GetValueOrDefault(field.Name), out var value)
                    && ContractFieldValidator.TryParseNumber(values.GetValueOrDefault(others[0].Name), out var limit) && value > limit
                    ? $"{field.Label}（{Number(field, value)}）不得大于{others[0].Label}（{Number(others[0], limit)}）"
                    : null;
            default:
                return ContractFieldValidator.TryParseDate(values.GetValueOrDefault(field.Name), out var date)
                    && ContractFieldValidator.TryParseDate(values.GetValueOrDefault(others[0].Name), out var earliest) && date < earliest
                    ? $"{field.Label}（{ChineseDates.Format(date)}）不得早于{others[0].Label}（{ChineseDates.Format(earliest)}）"
                    : null;
        }
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Number(TemplateField field, decimal value) =>
        field.Type == FieldType.Money ? Money(value) + "元" : value.ToString(CultureInfo.InvariantCulture) + field.Unit;
}
