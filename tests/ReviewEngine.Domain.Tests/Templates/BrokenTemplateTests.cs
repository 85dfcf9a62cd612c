using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Tests.Templates;

/// <summary>Each folder under TestData/templates holds one deliberately broken template; the loader must name
/// the file, the location inside it and the reason.</summary>
public sealed class BrokenTemplateTests
{
    private static string Case(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "templates", name);

    [Fact]
    public void ValidSampleLoads()
    {
        var library = TemplateLoader.LoadLibrary(Case("valid"));

        var template = Assert.Single(library.Templates);
        Assert.Equal(["parties", "price"], template.Clauses.Select(c => c.Id));
        Assert.True(template.Clauses[0].Locked);
        Assert.False(template.Clauses[1].Locked);
        Assert.Equal(["amount"], template.Clauses[1].Placeholders);
        Assert.Equal(["C-FIN-04"], template.Clauses[1].ReviewerNotes.Single().RuleIds);
        // The party block is printed under the title; 第一条 is the first clause after it.
        Assert.True(template.Clauses[0].IsPartyBlock);
        Assert.Equal([0, 1], template.Clauses.Select(c => c.Number));
        Assert.Equal("第一条", template.Clauses[1].Label);
    }

    [Theory]
    [InlineData("unknown-field-type", "fields.json", "$.fields[1].type", "unknown field type 'currency'")]
    [InlineData("placeholder-without-field", "clauses.md", "line 7", "placeholder {{deposit}} in clause 'price' has no field in fields.json")]
    [InlineData("duplicate-clause-id", "clauses.md", "line 6", "duplicate clause id 'parties'")]
    [InlineData("party-block-not-first", "clauses.md", "line 7", "clause 'parties' is the party block: it must come first and be [locked]")]
    [InlineData("duplicate-field-id", "fields.json", "$.fields[1].name", "duplicate field id 'partyA'")]
    [InlineData("duplicate-template-id", "template.json", "$.id", "duplicate template id 'sample'")]
    [InlineData("unknown-property", "template.json", "$.titel", "could not be mapped")]
    [InlineData("unknown-rule-id", "clauses.md", "line 8", "unknown checklist rule id 'C-FIN-99'")]
    [InlineData("negative-money", "fields.json", "$.fields[1].min", "money field 'amount' cannot be negative")]
    [InlineData("check-on-a-text-field", "fields.json", "$.checks[0]", "'partyA' is not a money field of this template")]
    public void BrokenTemplateFailsWithFileLocationAndReason(string caseName, string file, string location, string reason)
    {
        var ex = Assert.Throws<TemplateLoadException>(() => TemplateLoader.LoadLibrary(Case(caseName)));

        Assert.Equal(file, Path.GetFileName(ex.File));
        Assert.StartsWith(location, ex.Location);
        Assert.Contains(reason, ex.Reason);
        Assert.Contains(ex.File, ex.Message);
    }

    [Fact]
    public void SourceHashChangesWhenAClauseChanges()
    {
        var dir = Path.Combine(Path.GetTempPath(), "re-tpl-hash-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Case("valid"), dir);
        try
        {
            var before = TemplateSourceHash.Compute(dir);
            File.AppendAllText(Path.Combine(dir, "sample", "clauses.md"), "价款含税。\n");

            Assert.NotEqual(before, TemplateSourceHash.Compute(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
