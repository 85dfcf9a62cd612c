using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReviewEngine.Infrastructure.Tests;

/// <summary>
/// A fact of a test class that runs once per database provider (an abstract class with one sealed subclass per
/// provider). In the subclass marked <c>[Trait("Requires", "PostgreSql")]</c> it is skipped, with the reason, when no
/// PostgreSQL server answers; the SQLite run is unaffected. (The attribute is shared by both subclasses, so the
/// decision is taken per test case, by <see cref="ProviderFactDiscoverer"/>.)
/// </summary>
[XunitTestCaseDiscoverer("ReviewEngine.Infrastructure.Tests.ProviderFactDiscoverer", "ReviewEngine.Infrastructure.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProviderFactAttribute : FactAttribute;
