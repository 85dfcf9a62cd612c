using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>
/// Turns a template and field values into a <see cref="ComposedContract"/>: validates every field, applies clause
/// omissions (only optional clauses), renumbers clauses and fills placeholders. Clause text always comes from the
/// template, so locked clauses cannot be changed through generation.
/// </summary>
public static class ContractComposer
{
    /// <summary>Printed for an optional field left empty, as on a filled-in form.</summary>
    public const string EmptyValue = "/";

    private static readonly string[] PartySuffixes = ["Code", "IdNumber", "Representative", "Address", "Phone"];

    public static ComposedContract Compose(ContractTemplate template, IReadOnlyDictionary<string, string?> values,
        IReadOnlyCollection<string>? omitClauses = null, string? number = null)
    {
        var omit = omitClauses ?? [];
        var errors = ContractFieldValidator.Validate(template, values).ToList();
        errors.AddRange(OmissionErrors(template, omit));
        if (errors.Count > 0)
        {
            throw new ContractFieldsException(errors);
        }

        var clean = template.Fields
            .Where(f => !string.IsNullOrWhiteSpace(values.GetValueOrDefault(f.Name)))
            .ToDictionary(f => f.Name, f => values[f.Name]!.Trim());
        var display = template.Fields.ToDictionary(f => f.Name, f => clean.TryGetValue(f.Name, out var v) ? FieldFormatter.Display(f, v) : EmptyValue);
        var hash = FieldsHash(template, clean);
        var breakdowns = TotalBreakdown.ByClause(template, clean, display, omit);
        // The party block is printed from the parties themselves (person or organisation, no empty lines), not as 第一条.
        var clauses = template.Clauses.Where(c => !c.IsPartyBlock && !omit.Contains(c.Id))
            .Select((c, i) => new ComposedClause(c.Id, i + 1, c.Heading, c.Locked, c.Paragraphs.Select(p => Fill(template, p, clean, display)).ToList(),
                breakdowns.GetValueOrDefault(c.Id)))
            .ToList();
        return new ComposedContract(template, number ?? DefaultNumber(template, hash), clean, display, Parties(template, clean),
            clauses, template.Clauses.Where(c => omit.Contains(c.Id)).Select(c => c.Id).ToList(), display.GetValueOrDefault("signingDate"), hash,
            OtherFields(template, clean, display));
    }

    private static List<KeyValuePair<string, string>> OtherFields(ContractTemplate template, Dictionary<string, string> clean, Dictionary<string, string> display)
    {
        var shown = template.Clauses.SelectMany(c => c.Placeholders).ToHashSet();
        foreach (var party in template.Fields.Where(f => f.Type == FieldType.Party))
        {
            shown.Add(party.Name);
            shown.UnionWith(PartySuffixes.Select(s => PartyBase(party.Name) + s));
        }

        shown.Add("signingDate");
        return template.Fields.Where(f => clean.ContainsKey(f.Name) && !shown.Contains(f.Name))
            .Select(f => KeyValuePair.Create(f.Label, display[f.Name])).ToList();
    }

    /// <summary>SHA-256 of the canonical field values (template id and version, fields sorted by name).</summary>
    public static string FieldsHash(ContractTemplate template, IReadOnlyDictionary<string, string> values)
    {
        var canonical = new SortedDictionary<string, string>(values.ToDictionary(), StringComparer.Ordinal);
        var json = JsonSerializer.Serialize(new { template = template.Id, version = template.Version, fields = canonical });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    private static string DefaultNumber(ContractTemplate template, string hash) => $"{template.Id}-{hash[..8]}";

    private static IEnumerable<FieldError> OmissionErrors(ContractTemplate template, IReadOnlyCollection<string> omit)
    {
        foreach (var id in omit)
        {
            var clause = template.FindClause(id);
            if (clause is null)
            {
                yield return new FieldError("omitClause", $"范本「{template.Title}」没有条款 {id}");
            }
            else if (clause.Locked)
            {
                yield return new FieldError("omitClause", $"{(clause.IsPartyBlock ? string.Empty : clause.Label)}「{clause.Heading}」（{id}）为锁定条款，不得删除");
            }
        }
    }

    /// <summary>Money is written in figures followed by capitals; a 元 right after the placeholder is absorbed so
    /// the capitals follow the unit (…200,000,000.00元（大写：人民币贰亿元整）).</summary>
    private static string Fill(ContractTemplate template, string paragraph, Dictionary<string, string> clean, Dictionary<string, string> display) =>
        Regex.Replace(paragraph, @"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}(元?)", m =>
        {
            var name = m.Groups[1].Value;
            var field = template.FindField(name);
            var shown = display.GetValueOrDefault(name, EmptyValue);
            if (field?.Type == FieldType.Money && clean.TryGetValue(name, out var raw))
            {
                var capitals = ChineseMoney.ToCapitals(decimal.Parse(raw, CultureInfo.InvariantCulture));
                return $"{shown}元（大写：{capitals}）";
            }

            return shown + m.Groups[2].Value;
        });

    /// <summary>The prefix of a party's companion fields: partyB → partyBCode, partyBAddress …; householdName →
    /// householdIdNumber, householdAddress ….</summary>
    public static string PartyBase(string partyField) =>
        partyField.Length > 4 && partyField.EndsWith("Name", StringComparison.Ordinal) ? partyField[..^4] : partyField;

    /// <summary>A party is a natural person when its template asks for a 公民身份号码 (an IdNumber field), otherwise an
    /// organisation; a person never shows a credit code or a representative, an organisation never an id number.</summary>
    public static bool IsPersonParty(ContractTemplate template, TemplateField party) =>
        template.FindField(PartyBase(party.Name) + "IdNumber") is not null;

    private static List<ContractParty> Parties(ContractTemplate template, Dictionary<string, string> clean) =>
        template.Fields.Where(f => f.Type == FieldType.Party && clean.ContainsKey(f.Name))
            .Select(f =>
            {
                var b = PartyBase(f.Name);
                var person = IsPersonParty(template, f);
                return new ContractParty(
                    RoleOf(f.Label),
                    f.Label,
                    clean[f.Name],
                    person,
                    person ? null : clean.GetValueOrDefault(b + "Code"),
                    person ? clean.GetValueOrDefault(b + "IdNumber") : null,
                    person ? null : clean.GetValueOrDefault(b + "Representative"),
                    clean.GetValueOrDefault(b + "Address"),
                    clean.GetValueOrDefault(b + "Phone"));
            })
            .ToList();

    // "乙方（受委托组织）" → "乙方"; "丙方（被征收户）" → "丙方".
    private static string RoleOf(string label)
    {
        var cut = label.IndexOf('（');
        return cut > 0 ? label[..cut] : label;
    }
}
