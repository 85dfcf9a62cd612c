using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Crash;

public static class CrashSuite
{
    public static Task<int> RunAsync(SuiteOptions options) => Task.FromResult(options.Port > 0 ? 2 : 2);
}
