using ReviewEngine.Tests.Shared;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReviewEngine.Infrastructure.Tests;

/// <summary>A test case skipped when its class requires PostgreSQL and none answers.</summary>
public sealed class ProviderTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ProviderTestCase()
    {
    }

    public ProviderTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(sink, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? (RequiresPostgreSql(TestMethod.TestClass.Class) ? TestPostgreSql.SkipReason! : null!);

    private static bool RequiresPostgreSql(ITypeInfo testClass) =>
        testClass.GetCustomAttributes(typeof(TraitAttribute))
            .Select(t => t.GetConstructorArguments().ToList())
            .Any(a => a.Count == 2 && (string?)a[0] == "Requires" && (string?)a[1] == "PostgreSql");
}
