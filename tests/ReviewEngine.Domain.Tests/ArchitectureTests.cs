using System.Reflection;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Tests;

/// <summary>Dependency direction and encapsulation (style.md §7.2), in plain reflection.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(ReviewCase).Assembly;

    [Fact]
    public void DomainReferencesNoInfrastructureFramework()
    {
        string[] forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Lucene", "DocumentFormat.OpenXml"];

        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
        Assert.Contains("Stateless", references);
    }

    [Fact]
    public void ApplicationReferencesNoSearchDocumentOrWebFramework()
    {
        string[] forbidden = ["Microsoft.AspNetCore", "Lucene", "DocumentFormat.OpenXml"];
        var application = Assembly.Load("ReviewEngine.Application");

        Assert.DoesNotContain(application.GetReferencedAssemblies(), r => forbidden.Any(f => r.Name!.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void EntitiesHaveNoPublicOrInitSetters()
    {
        var entities = Domain.GetTypes().Where(t => t.IsClass && t.Namespace is { } ns
            && (ns.EndsWith(".Reviews", StringComparison.Ordinal) || ns.EndsWith(".Audit", StringComparison.Ordinal) || ns.EndsWith(".Organisations", StringComparison.Ordinal))
            && t.GetProperty("Id") is not null && !t.Name.EndsWith("Request", StringComparison.Ordinal));

        var offenders = entities.SelectMany(t => t.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => $"{t.Name}.{p.Name}")).ToList();

        Assert.Empty(offenders);
        Assert.Contains(entities, t => t == typeof(ReviewCase));
    }
}
