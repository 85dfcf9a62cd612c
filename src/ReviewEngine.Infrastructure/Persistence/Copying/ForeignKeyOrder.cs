using Microsoft.EntityFrameworkCore.Metadata;

namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>
/// Tables ordered so that every table comes after the tables its foreign keys point to, as bulk inserts with
/// immediate constraint checks need. Ties go by name so that the order, and the progress output, is stable.
/// </summary>
internal static class ForeignKeyOrder
{
    public static IReadOnlyList<ITable> Sort(IEnumerable<ITable> tables)
    {
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var done = new HashSet<ITable>();
        var ordered = new List<ITable>(pending.Count);
        while (pending.Count > 0)
        {
            // Self-references are checked at the end of each COPY statement, so they do not constrain the order.
            var ready = pending.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || done.Contains(fk.PrincipalTable)))
                ?? throw new NotSupportedException($"外键成环，无法确定复制顺序：{string.Join("、", pending.Select(t => t.Name))}");
            pending.Remove(ready);
            done.Add(ready);
            ordered.Add(ready);
        }

        return ordered;
    }
}
