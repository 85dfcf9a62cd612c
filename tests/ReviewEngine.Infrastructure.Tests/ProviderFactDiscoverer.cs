using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReviewEngine.Infrastructure.Tests;

/// <summary>Discovers <see cref="ProviderFactAttribute"/> facts as <see cref="ProviderTestCase"/>s.</summary>
public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new ProviderTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}
