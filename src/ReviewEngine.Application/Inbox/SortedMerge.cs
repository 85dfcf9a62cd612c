namespace ReviewEngine.Application.Inbox;

/// <summary>Merges lists that are each already sorted; on equal keys the earlier list's item comes first (stable).</summary>
internal static class SortedMerge
{
    public static IEnumerable<T> Merge<T>(IReadOnlyList<IReadOnlyList<T>> lists, Comparison<T> order)
    {
        var next = new int[lists.Count];
        while (true)
        {
            var best = -1;
            for (var i = 0; i < lists.Count; i++)
            {
                if (next[i] < lists[i].Count && (best < 0 || order(lists[i][next[i]], lists[best][next[best]]) < 0))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                yield break;
            }

            yield return lists[best][next[best]++];
        }
    }
}
