namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// Reads the <c>tags</c> of states and actions (schemaVersion 2) or looks them up in the frozen version 1 table, and
/// checks the whole definition: required tags present, unique ones once, final ones on end states, and one action id
/// meaning one thing in every state (audit events and documents name the action only by id).
/// </summary>
internal sealed class WorkflowTagReader(int? schemaVersion, Action<string, string> error)
{
    private bool Tagged => schemaVersion == WorkflowTags.TaggedSchemaVersion;

    public IReadOnlySet<StateTag> ForState(string id, List<string>? words, string path) =>
        Tagged ? Read<StateTag>(words, path) : Legacy(words, path, SchemaVersion1Tags.ForState(id));

    public IReadOnlySet<ActionTag> ForAction(string id, List<string>? words, string path) =>
        Tagged ? Read<ActionTag>(words, path) : Legacy(words, path, SchemaVersion1Tags.ForAction(id));

    public void Check(IReadOnlyList<StateBuilder> states)
    {
        CheckActionIdsMeanOneThing(states);
        if (!Tagged)
        {
            return;
        }

        foreach (var tag in Enum.GetValues<StateTag>())
        {
            var tagged = states.Where(s => s.Tags.Contains(tag)).ToList();
            if (tagged.Count == 0 && WorkflowTags.RequiredStateTags.Contains(tag))
            {
                error("$.states", $"缺少标签为 '{WorkflowTags.Word(tag)}' 的状态（代码据此识别该状态的含义，须恰有一个）");
            }

            foreach (var extra in tagged.Skip(1).Where(_ => WorkflowTags.UniqueStateTags.Contains(tag)))
            {
                error(extra.Path + ".tags", $"标签 '{WorkflowTags.Word(tag)}' 只能用于一个状态（已用于 '{tagged[0].Id}'）");
            }

            foreach (var notEnd in tagged.Where(s => !s.IsEnd && WorkflowTags.FinalStateTags.Contains(tag)))
            {
                error(notEnd.Path + ".tags", $"标签 '{WorkflowTags.Word(tag)}' 只能用于终止状态（end: true）");
            }
        }

        foreach (var tag in WorkflowTags.RequiredActionTags.Where(t => !states.Any(s => s.Actions.Any(a => a.Tags.Contains(t)))))
        {
            error("$.states", $"缺少标签为 '{WorkflowTags.Word(tag)}' 的操作（代码据此识别该操作的含义）");
        }
    }

    private void CheckActionIdsMeanOneThing(IReadOnlyList<StateBuilder> states)
    {
        foreach (var group in states.SelectMany(s => s.Actions.Select(a => (State: s, Action: a))).GroupBy(x => x.Action.Id))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(x => !x.Action.Tags.SetEquals(first.Action.Tags)))
            {
                error(other.State.Path, $"操作 '{group.Key}' 在状态 '{first.State.Id}' 与 '{other.State.Id}' 中的 tags 不同；同一操作 id 须有相同的标签");
            }
        }
    }

    private IReadOnlySet<T> Legacy<T>(List<string>? words, string path, IReadOnlySet<T> tags)
        where T : struct, Enum
    {
        if (words is not null)
        {
            error(path, $"tags 需要 schemaVersion {WorkflowTags.TaggedSchemaVersion}");
        }

        return tags;
    }

    private HashSet<T> Read<T>(List<string>? words, string path)
        where T : struct, Enum
    {
        var result = new HashSet<T>();
        for (var i = 0; i < (words?.Count ?? 0); i++)
        {
            if (!WorkflowTags.TryParse<T>(words![i], out var tag))
            {
                error($"{path}[{i}]", $"未知标签 '{words[i]}'（可用：{string.Join(", ", WorkflowTags.Words<T>())}）");
            }
            else if (!result.Add(tag))
            {
                error($"{path}[{i}]", $"重复的标签 '{words[i]}'");
            }
        }

        return result;
    }
}
