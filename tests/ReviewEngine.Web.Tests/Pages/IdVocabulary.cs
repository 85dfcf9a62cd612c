using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Text;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.PreReview;
using ReviewEngine.Infrastructure.Seeding;
using ReviewEngine.Web.Cases;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>
/// The ids a person must never read on a page (issue 17): built from the loaded workflow definitions (states, actions,
/// materials, flags), the closed vocabularies in code (roles, matter kinds, severities, curability, adoption answers,
/// the engine's own audit events, the pre-review's "meta" clause), the demo organisations and the checklist rules —
/// a rule id is allowed only beside its title. Only visible text counts: attributes, URLs and hidden inputs are not read.
/// </summary>
internal sealed partial class IdVocabulary
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ruleTitles = new(StringComparer.Ordinal);

    public IdVocabulary(ReviewEngineApp app)
    {
        foreach (var wf in app.Services.GetRequiredService<IWorkflowCatalog>().Workflows.Select(w => w.Definition))
        {
            _ids.UnionWith(wf.States.Select(s => s.Id));
            _ids.UnionWith(wf.States.SelectMany(s => s.Actions).Select(a => a.Id));
            _ids.UnionWith(wf.Materials.Select(m => m.Id));
            _ids.UnionWith(wf.Flags.Keys);
        }

        _ids.UnionWith(Roles.All);
        _ids.UnionWith(MatterKind.All);
        _ids.UnionWith(DemoDistrict.CreateOrganisations().Select(o => o.Id));
        _ids.UnionWith(AuditActionLabels.EngineEventIds);
        _ids.UnionWith(Enum.GetNames<FindingSeverity>().Select(UpperSnake));
        _ids.UnionWith(Enum.GetNames<Curability>().Select(UpperSnake));
        _ids.UnionWith(Enum.GetNames<AdoptionDecision>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        _ids.UnionWith(Enum.GetNames<FieldType>());
        _ids.Add(Clause.MetaLabel);
        // The submission form's fields a pre-review finding may quote (公开征求意见天数：未提供, never publicCommentDays).
        _ids.UnionWith(["issuer", "draftedOn", "effectiveOn", "publicCommentDays", "fairCompetitionReview", "counterparty", "attachments", "subtype"]);
        foreach (var rule in FileRuleCatalog.Load(ChecklistDirectory.Locate()).Rules)
        {
            _ruleTitles[rule.Id] = rule.Title;
        }
    }

    public IReadOnlyCollection<string> Ids => _ids;

    /// <summary>Every id shown as text on the page, with where it stood; empty when the page speaks Chinese.</summary>
    public IEnumerable<string> Leaks(IHtmlDocument page)
    {
        foreach (var text in page.DocumentElement.Descendants<IText>().Where(Visible))
        {
            foreach (Match word in Word().Matches(text.Data))
            {
                if (_ids.Contains(word.Value)
                    || (_ruleTitles.TryGetValue(word.Value, out var title) && !Container(text).TextContent.Contains(title, StringComparison.Ordinal)))
                {
                    yield return $"「{word.Value}」 in <{text.ParentElement?.LocalName}>: {Around(text)}";
                }
            }
        }
    }

    private static bool Visible(IText text) => text.ParentElement is { } parent
        && parent.Closest("script, style, template") is null
        && (parent.Closest("head") is null || parent.LocalName == "title");

    /// <summary>The row, list item or paragraph a word stands in: a rule id is fine when its title is there too.</summary>
    private static IElement Container(IText text) =>
        text.ParentElement!.Closest("tr, li, p, dd, dt, h1, h2, h3, h4, label, option, summary, legend, caption") ?? text.ParentElement!;

    private static string Around(IText text)
    {
        var context = (text.ParentElement?.TextContent ?? text.Data).Trim();
        return context.Length > 120 ? context[..120] + "…" : context;
    }

    private static string UpperSnake(string name) => CamelHump().Replace(name, "$1_$2").ToUpperInvariant();

    /// <summary>An ASCII word as a reader sees it: a file name (draft.txt) or a case number (luobu-2026-0001) is one word.</summary>
    [GeneratedRegex(@"[A-Za-z0-9_]+(?:[\-.][A-Za-z0-9_]+)*")]
    private static partial Regex Word();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelHump();
}
