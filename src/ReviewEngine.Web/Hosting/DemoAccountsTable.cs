using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Web.Hosting;

/// <summary>The demo logins as a small table for the first-start log: one row per organisation (five logins a line), columns aligned
/// for a terminal (a Chinese character takes two columns).</summary>
public static class DemoAccountsTable
{
    private const int PerLine = 5;

    public static string Format(IEnumerable<Organisation> organisations, IEnumerable<UserAccount> users, string password)
    {
        var rows = organisations
            .Select(o => (Name: o.Name, Ids: users.Where(u => u.OrganisationId == o.Id).Select(u => u.Id).ToList()))
            .Where(r => r.Ids.Count > 0)
            .ToList();
        var nameWidth = rows.Max(r => DisplayWidth(r.Name));
        var idWidth = rows.SelectMany(r => r.Ids).Max(id => id.Length);
        var lines = rows.SelectMany(r => r.Ids.Chunk(PerLine).Select((ids, i) =>
            "  " + (i == 0 ? r.Name + new string(' ', nameWidth - DisplayWidth(r.Name)) : new string(' ', nameWidth)) + "  "
            + string.Join("  ", ids.Select(id => id.PadRight(idWidth))).TrimEnd()));
        return $"演示账号（密码均为 {password}）：{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    private static int DisplayWidth(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);
}
