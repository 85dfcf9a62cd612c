namespace ReviewEngine.Web.Tests.Browser;

/// <summary>The <see cref="BrowserFactAttribute"/> of a theory.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserAvailability.SkipReason;
}
