using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>What a 镇 (乡, 街道) may do about a matter that the law gives to another body (issue 15 item 2).</summary>
public enum TownshipPower
{
    /// <summary>The township may do it in its own name.</summary>
    Own,

    /// <summary>Only as the entrusted implementing unit of the competent body: 受××委托 in the party block or text, or a 委托书 attached.</summary>
    Entrusted,

    /// <summary>Only with the competent body's approval attached (批准文件, 批复).</summary>
    Approved,

    /// <summary>Only where the province has devolved the power in that field (浙江 乡镇（街道）综合行政执法事项目录).</summary>
    Devolved,

    /// <summary>Never, not even under entrustment.</summary>
    Never,
}

/// <summary>
/// One matter of the authority table (workflows/checklists/authority.json): what the act looks like, which bodies
/// may do it in their own name, and what a township may do.
/// </summary>
public sealed record AuthorityMatter
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<LegalBasis> Basis { get; init; }

    /// <summary>The act, with the verb as group <c>act</c>; a detector naming the matter and no <c>any</c> uses these.</summary>
    public IReadOnlyList<Regex> Acts { get; init; } = [];

    /// <summary>Look-alikes that are not the act (协助、配合, 被征收人 …).</summary>
    public IReadOnlyList<Regex> Unless { get; init; } = [];

    /// <summary>Bodies (bare names) that may do it in their own name.</summary>
    public IReadOnlyList<Regex> Competent { get; init; } = [];

    /// <summary>The competent bodies as a reviewer reads them (市、县级人民政府).</summary>
    public required string CompetentText { get; init; }

    public required TownshipPower Township { get; init; }

    /// <summary>For <see cref="TownshipPower.Devolved"/>: the fields on the provincial list, matched in the sentence.</summary>
    public IReadOnlyList<Regex> DevolvedFields { get; init; } = [];

    public string? Note { get; init; }

    public string BasisText => string.Join("；", Basis.Select(b => b.ToString()));

    public string TownshipText => Township switch
    {
        TownshipPower.Own => "乡镇（街道）可以自行实施",
        TownshipPower.Entrusted => "乡镇（街道）仅可受有权机关委托、以其名义实施，并附委托书",
        TownshipPower.Approved => "乡镇（街道）须经有权机关批准并附批准文件",
        TownshipPower.Devolved => "乡镇（街道）仅在省级赋权目录所列领域实施",
        _ => "乡镇（街道）无权实施，受委托亦不可",
    };
}

/// <summary>Evidence in a document that an entrustment or approval exists, and wording that says it does not yet.</summary>
public sealed record AuthorityEvidence
{
    public IReadOnlyList<Regex> Text { get; init; } = [];
    public IReadOnlyList<Regex> Attachments { get; init; } = [];
    public IReadOnlyList<Regex> Missing { get; init; } = [];

    /// <summary>Wording alone does not show it when the case lists attachments without the document.</summary>
    public bool DocumentRequired { get; init; }
}

/// <summary>The authority table: matters by id, what a township body is, and the evidence of entrustment and approval.</summary>
public sealed record AuthorityTable
{
    public static readonly AuthorityTable Empty = new();

    public IReadOnlyDictionary<string, AuthorityMatter> Matters { get; init; } = new Dictionary<string, AuthorityMatter>();

    /// <summary>A township-level body (××镇人民政府, ××街道办事处), tested on bare names.</summary>
    public Regex? TownshipBody { get; init; }

    /// <summary>
    /// A temporary or coordinating body (指挥部, 领导小组, 专班), tested on bare names: it holds no statutory power in its
    /// own name, so a matter's competent list never covers it (unlike a county-level body the table does not list).
    /// </summary>
    public Regex? AdHocBody { get; init; }

    public AuthorityEvidence Entrustment { get; init; } = new();
    public AuthorityEvidence Approval { get; init; } = new();
}
