using System.CommandLine;
using System.Text.Json;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Contracts;

/// <summary>`review contracts fields &lt;templateId&gt; [--example] [--format json]`: the fields schema of a template, or
/// with --example a complete set of example values that passes validation (usable as the --fields file).</summary>
internal static class ContractFieldsCommand
{
    public static Command Create()
    {
        var templateId = new Argument<string>("templateId") { Description = "范本编号，如 investment-attraction" };
        var example = new Option<bool>("--example") { Description = "输出一组可通过校验的示例取值" };
        var format = TemplateCliOptions.Format();
        var templatesDir = TemplateCliOptions.Templates();
        var command = new Command("fields", "列出范本的填写字段") { templateId, example, format, templatesDir };
        command.Action = new GuardedAction(parse =>
        {
            var json = TemplateCliOptions.IsJson(parse.GetValue(format)!);
            var template = ContractCli.FindTemplate(parse.GetValue(templatesDir), parse.GetValue(templateId)!);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(example))
            {
                WriteExample(output, template, json);
            }
            else if (json)
            {
                CliJson.Write(output, Schema(template));
            }
            else
            {
                WriteTable(output, template);
            }

            return 0;
        });
        return command;
    }

    private static void WriteExample(TextWriter output, ContractTemplate template, bool json)
    {
        var values = ContractExamples.For(template);
        if (json)
        {
            CliJson.Write(output, values);
            return;
        }

        foreach (var (name, value) in values)
        {
            output.WriteLine($"{name}\t{value}");
        }
    }

    private static FieldsSchema Schema(ContractTemplate t) => new(
        t.Id, t.Title, t.Version, t.Kind.ToLabel(),
        t.Fields.Select(f => new FieldSchema(f.Name, f.Label, f.Type.ToName(), f.Required, f.Min, f.Max, f.Decimals, f.Values,
            f.MaxLength, f.After, f.Unit, f.Help, f.Example)).ToList(),
        t.Clauses.Select(c => new ClauseSchema(c.Id, c.Number, c.Heading, c.Locked)).ToList(),
        t.Checks.Select(c => new CheckSchema(JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()), c.Field, c.Others, c.WhenField, c.WhenEquals, c.Help)).ToList());

    private static void WriteTable(TextWriter output, ContractTemplate template)
    {
        var table = new TextTable("字段", "名称", "类型", "必填", "约束", "示例");
        foreach (var f in template.Fields)
        {
            table.Add(f.Name, f.Label, f.Type.ToName(), f.Required ? "是" : "否", Constraints(f), f.Example ?? "");
        }

        table.WriteTo(output);
        output.WriteLine($"可删除的条款：{string.Join("、", template.Clauses.Where(c => !c.Locked).Select(c => $"{c.Id}（{c.Heading}）"))}");
    }

    private static string Constraints(TemplateField f)
    {
        var parts = new List<string>();
        if (f.Min is { } min)
        {
            parts.Add($"≥{min}");
        }

        if (f.Max is { } max)
        {
            parts.Add($"≤{max}");
        }

        if (f.Values is { } values)
        {
            parts.Add(string.Join("/", values));
        }

        if (f.After is { } after)
        {
            parts.Add($"晚于 {after}");
        }

        return string.Join(" ", parts);
    }

    private sealed record FieldsSchema(string TemplateId, string Title, string Version, string Kind,
        IReadOnlyList<FieldSchema> Fields, IReadOnlyList<ClauseSchema> Clauses, IReadOnlyList<CheckSchema> Checks);

    private sealed record FieldSchema(string Name, string Label, string Type, bool Required, decimal? Min, decimal? Max,
        int? Decimals, IReadOnlyList<string>? Values, int? MaxLength, string? After, string? Unit, string? Help, string? Example);

    private sealed record ClauseSchema(string Id, int Number, string Heading, bool Locked);

    /// <summary>A rule between fields (fields.json "checks"): kind sum (field = Σ others), atMost (field ≤ others[0]) or
    /// notBefore (date field ≥ others[0]), applying only when whenField equals whenIs if given.</summary>
    private sealed record CheckSchema(string Kind, string Field, IReadOnlyList<string> Others, string? WhenField, string? WhenIs, string? Help);
}
