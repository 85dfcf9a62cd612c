using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Load;

public static class LoadBench
{
    public static Task<int> RunAsync(SuiteOptions options) => Task.FromResult(options.Port > 0 ? 2 : 2);
}
