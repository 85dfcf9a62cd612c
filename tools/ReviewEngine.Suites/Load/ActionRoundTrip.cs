using System.Net.Http.Json;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// The action POST scenario as a round trip that never runs out of cases: each virtual user owns some of 罗埠镇's cases
/// in township review or with the lawyer and, case by case in turn, the reviewer sends a case to the lawyer
/// (requestLawyerOpinion) or the lawyer sends it back with an opinion (submitLawyerOpinion). A one-way scenario used
/// up the pool in the warm-up of a second run and then measured nothing but errors.
/// </summary>
internal sealed class ActionRoundTrip(HttpClient http, ApiClient reviewer, ApiClient lawyer, IReadOnlyList<(Guid Id, bool WithLawyer)> cases, int users)
{
    private readonly List<Case>[] _pools = Enumerable.Range(0, users)
        .Select(u => cases.Where((_, i) => i % users == u).Select(c => new Case(c.Id, c.WithLawyer)).ToList())
        .ToArray();

    private readonly int[] _cursor = new int[users];

    public int Count => cases.Count;

    public async Task<bool> SendAsync(int user)
    {
        var pool = _pools[user];
        if (pool.Count == 0)
        {
            return false;
        }

        var next = pool[_cursor[user]++ % pool.Count];
        var request = next.WithLawyer
            ? lawyer.Request(HttpMethod.Post, $"/api/cases/{next.Id}/actions", JsonContent.Create(new { actionId = "submitLawyerOpinion", comment = "已出具书面法律意见" }))
            : reviewer.Request(HttpMethod.Post, $"/api/cases/{next.Id}/actions", JsonContent.Create(new { actionId = "requestLawyerOpinion" }));
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();

        // Flipped on failure too: a failed action means this client's idea of the state was wrong, so try the other one next.
        next.WithLawyer = !next.WithLawyer;
        return response.IsSuccessStatusCode;
    }

    private sealed class Case(Guid id, bool withLawyer)
    {
        public Guid Id { get; } = id;

        public bool WithLawyer { get; set; } = withLawyer;
    }
}
