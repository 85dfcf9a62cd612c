using ReviewEngine.Infrastructure.Seeding;
using ReviewEngine.Web.Hosting;

namespace ReviewEngine.Web.Tests.Hosting;

/// <summary>What a first start leaves behind and prints: keys under the data folder, the demo logins as a table.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task DataProtectionKeysArePersistedUnderTheDataFolder()
    {
        using var app = new ReviewEngineApp();

        var login = await app.CreateClient().GetAsync("/Account/Login");

        login.EnsureSuccessStatusCode();
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.Directory, "keys"), "key-*.xml"));
    }

    [Fact]
    public void DemoAccountsAreOneAlignedRowPerOrganisation()
    {
        var table = DemoAccountsTable.Format(DemoDistrict.CreateOrganisations(), DemoDistrict.CreateUsers(), "pw");
        var lines = table.Split(Environment.NewLine);

        Assert.Equal("演示账号（密码均为 pw）：", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("  婺城区司法局", lines[1], StringComparison.Ordinal);
        Assert.Contains("expert-5", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("  罗埠镇人民政府", lines[3], StringComparison.Ordinal);
        Assert.Contains("lb-drafter", lines[3], StringComparison.Ordinal);
        Assert.Equal(lines[3].IndexOf("lb-", StringComparison.Ordinal), lines[4].IndexOf("cb-", StringComparison.Ordinal));
    }
}
