using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Workflows;

/// <summary>Reads a <c>notify</c> list (schemaVersion 2): closed words for <c>to</c>, a known role, <c>org</c> only with a role.</summary>
internal static class NotifyParser
{
    public static readonly string[] Words = ["assignees", "submitter", "role"];

    /// <summary>Null when the key is absent (the definition's default applies, see <see cref="WorkflowNotify"/>).</summary>
    public static IReadOnlyList<NotifyRule>? Parse(List<NotifyFile>? list, int? schemaVersion, bool onAction, string path, Action<string, string> error)
    {
        if (list is null)
        {
            return null;
        }

        if (schemaVersion != WorkflowTags.TaggedSchemaVersion)
        {
            error(path, $"notify 需要 schemaVersion {WorkflowTags.TaggedSchemaVersion}");
        }

        var result = new List<NotifyRule>();
        for (var i = 0; i < list.Count; i++)
        {
            if (Read(list[i], onAction, $"{path}[{i}]", error) is not { } rule)
            {
                continue;
            }

            if (result.Contains(rule))
            {
                error($"{path}[{i}]", "重复的通知对象");
                continue;
            }

            result.Add(rule);
        }

        return result;
    }

    private static NotifyRule? Read(NotifyFile n, bool onAction, string path, Action<string, string> error)
    {
        NotifyAudience? to = n.To switch
        {
            "assignees" => NotifyAudience.Assignees,
            "submitter" => NotifyAudience.Submitter,
            "role" => NotifyAudience.Role,
            _ => null,
        };
        if (to is null)
        {
            error(path + ".to", $"未知通知对象 '{n.To}'（可用：{string.Join(", ", Words)}）");
            return null;
        }

        if (to == NotifyAudience.Assignees && onAction)
        {
            error(path + ".to", "assignees 只能用于状态的 notify（进入该状态时通知其任务的办理人）");
            return null;
        }

        if (to != NotifyAudience.Role)
        {
            if (n.Role is not null || n.Org is not null)
            {
                error(path, $"role 与 org 只能与 \"to\": \"role\" 一起使用");
            }

            return new NotifyRule(to.Value);
        }

        return ReadRole(n, path, error);
    }

    private static NotifyRule? ReadRole(NotifyFile n, string path, Action<string, string> error)
    {
        if (n.Role is null || !Roles.IsKnown(n.Role))
        {
            error(path + ".role", n.Role is null ? "\"to\": \"role\" 须给出 role" : $"未知角色 '{n.Role}'（可用：{string.Join(", ", Roles.All)}）");
            return null;
        }

        TaskScope? org = n.Org switch
        {
            null or "case" => TaskScope.Case,
            "district" => TaskScope.District,
            _ => null,
        };
        if (org is null)
        {
            error(path + ".org", $"未知机构范围 '{n.Org}'（可用：case, district）");
            return null;
        }

        return new NotifyRule(NotifyAudience.Role, n.Role, org.Value);
    }
}
