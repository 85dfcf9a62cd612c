using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Web.Hosting;

/// <summary>The district's draw rules from <c>ReviewEngine:Experts</c>; any key left out keeps its default.</summary>
public static class ExpertRulesConfiguration
{
    public const string Section = "ReviewEngine:Experts";

    public static DrawRules Read(IConfiguration config) => config.GetSection(Section).Get<DrawRules>() ?? new DrawRules();
}
