using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Web.Api;

/// <summary>
/// <c>POST /api/cases</c> with an <c>Idempotency-Key</c> header: the same key from the same user answers with the same
/// case for 24 hours, and concurrent duplicates wait for the first one instead of opening a case each. A submission
/// that fails frees its key for a retry. Kept in this process's memory (docs/operations.md says what that means).
/// </summary>
public sealed class IdempotentSubmissions(IMemoryCache cache, TimeProvider time)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, Lazy<Task<IResult>>> _inFlight = new();

    public async Task<IResult> RunAsync(string userId, string? key, Func<Task<IResult>> submit)
    {
        if (key is null)
        {
            return await submit();
        }

        if (key.Length is 0 or > 128 || key.Any(ch => ch is < '!' or > '~'))
        {
            throw new InvalidInputException($"{Header}: 须为 1–128 个可见 ASCII 字符");
        }

        var entry = "idempotency:" + userId + "\n" + key;
        if (cache.TryGetValue(entry, out IResult? done) && done is not null)
        {
            return done;
        }

        // Checked again inside: a duplicate that missed the cache just before the first one finished reuses its case.
        var first = _inFlight.GetOrAdd(entry, _ => new Lazy<Task<IResult>>(() =>
            cache.TryGetValue(entry, out IResult? finished) && finished is not null ? Task.FromResult(finished) : submit()));
        try
        {
            var result = await first.Value;
            cache.Set(entry, result, time.GetUtcNow() + Lifetime);
            return result;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<IResult>>>(entry, first));
        }
    }
}
