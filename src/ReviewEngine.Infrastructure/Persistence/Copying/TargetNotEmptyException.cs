namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>
/// The copy target already holds data. A copy never merges into or overwrites a database: ids would collide and
/// audit chains would interleave, so the operator must name a new, empty database.
/// </summary>
public sealed class TargetNotEmptyException(string table)
    : InvalidOperationException($"目标数据库不是空库：表 {table} 已有数据。db copy 只复制到新建的空库（可由 db copy 自行建库），不合并、不覆盖。")
{
    public string Table { get; } = table;
}
